package org.vwb.headless.audit;

import org.vwb.core.DeviceResult;
import org.vwb.report.Unmeasured;

/**
 * The figures of one device in one simulated run that a switch from emulated to synthetic changes.
 *
 * @param cpuMicrosPerRequest CPU microseconds per completed request, over every context
 * @param exitsPerRequest     VM exits per completed request
 * @param p99LatencyMicros    99th percentile of the latency from issue to completion, microseconds
 * @param completed           requests completed in the run, to judge how much the figures rest on; with none, the
 *                            other figures are {@code NaN} (nothing was measured, {@link Unmeasured})
 */
public record DeviceFigures(double cpuMicrosPerRequest, double exitsPerRequest, double p99LatencyMicros,
        long completed) {

    public static DeviceFigures of(DeviceResult measured) {
        DeviceResult device = Unmeasured.device(measured);
        return new DeviceFigures(device.totalCpuMicrosPerRequest(), device.exitsPerRequest(), device.latency().p99(),
                device.completed());
    }
}
