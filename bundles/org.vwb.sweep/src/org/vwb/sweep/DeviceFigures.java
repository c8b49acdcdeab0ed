package org.vwb.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * What one virtual device measured in one run of a sweep.
 *
 * @param vm                  virtual machine name
 * @param device              virtual device name
 * @param deviceModel         id of the device model it ran with
 * @param offeredPerSecond    requests per simulated second its open-loop workloads offer
 * @param completed           requests completed
 * @param throughputPerSecond completed requests per simulated second
 * @param cpuMicrosPerRequest CPU microseconds per completed request over all contexts
 * @param latency             the latency histogram, non-empty buckets only, ascending
 */
public record DeviceFigures(String vm, String device, String deviceModel, double offeredPerSecond, long completed,
        double throughputPerSecond, double cpuMicrosPerRequest, List<LatencyBucket> latency) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DeviceFigures {
        latency = List.copyOf(latency);
    }
}
