package org.vwb.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * What one run of a sweep measured, or why it could not run. Plain data, so a cluster can carry it back.
 *
 * @param index              the task's index in the sweep
 * @param failure            why the run failed or could not start (naming the element), or {@code null}
 * @param vendorProfile      id of the vendor profile the run used (after a {@code vendor} parameter)
 * @param offeredPerSecond   requests per simulated second the open-loop workloads offered
 * @param throughputPerSecond requests completed per simulated second over all devices
 * @param cpuSeconds         CPU seconds spent in every context
 * @param hostUtilization    share of the host's cores busy, 0..1
 * @param events             engine events processed
 * @param devices            per device that carried requests
 */
public record RunFigures(int index, String failure, String vendorProfile, double offeredPerSecond,
        double throughputPerSecond, double cpuSeconds, double hostUtilization, long events,
        List<DeviceFigures> devices) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RunFigures {
        devices = List.copyOf(devices);
    }

    /** A run that could not be done, and why. */
    public static RunFigures failed(int index, String failure) {
        return new RunFigures(index, failure, "", 0, 0, 0, 0, 0, List.of());
    }

    public boolean failed() {
        return failure != null;
    }

    /** Requests completed over all devices. */
    public long completed() {
        return devices.stream().mapToLong(DeviceFigures::completed).sum();
    }
}
