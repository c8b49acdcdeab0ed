package org.vwb.core;

import java.util.Map;

import org.vwb.core.api.ContextKind;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * One virtual device's figures. Every request issued is either completed, in flight or waiting in the guest:
 * {@code issued == completed + inFlight + waiting}.
 *
 * @param vm                    virtual machine name
 * @param device                virtual device name
 * @param deviceModel           id of the device model
 * @param kind                  device kind
 * @param mode                  device mode
 * @param status                {@code active}, {@code parked: <reason>} or {@code failed: <reason>}
 * @param issued                requests the workload issued
 * @param completed             requests completed (their interrupt handled in the guest)
 * @param inFlight              requests handed to the device path and not yet completed
 * @param waiting               requests waiting in the guest (device busy, ring full, quiesced or parked)
 * @param throughputPerSecond   completed requests per simulated second
 * @param megabytesPerSecond    payload completed per simulated second, 10^6 bytes
 * @param latency               latency from issue to completion in the guest
 * @param exitsPerRequest       VM exits per completed request
 * @param switchesPerRequest    partition, process and world switches per completed request
 * @param interruptsPerRequest  virtual interrupts injected per completed request
 * @param notificationsPerRequest front-end to back-end notifications per completed request (synthetic only)
 * @param bytesCopiedPerRequest bytes copied between contexts per completed request
 * @param cpuMicrosPerRequest   CPU microseconds per completed request by context kind
 */
public record DeviceResult(String vm, String device, String deviceModel, DeviceKind kind, DeviceMode mode,
        String status, long issued, long completed, long inFlight, long waiting, double throughputPerSecond,
        double megabytesPerSecond, LatencySummary latency, double exitsPerRequest, double switchesPerRequest,
        double interruptsPerRequest, double notificationsPerRequest, double bytesCopiedPerRequest,
        Map<ContextKind, Double> cpuMicrosPerRequest) {

    /** CPU microseconds per request over all contexts. */
    public double totalCpuMicrosPerRequest() {
        return cpuMicrosPerRequest.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
