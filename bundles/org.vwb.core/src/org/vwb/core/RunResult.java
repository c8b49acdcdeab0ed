package org.vwb.core;

import java.util.List;

import org.vwb.core.api.ContextKind;
import org.vwb.model.DriverPlacement;

/**
 * What one run of one configuration measured, so far or in the end. Immutable; a snapshot of a live run.
 *
 * @param configuration   name of the configuration
 * @param vendorProfile   id of the vendor profile it ran under
 * @param placement       the driver placement
 * @param costModel       id of the cost model that priced its events
 * @param simulatedNanos  simulated time covered
 * @param events          engine events processed
 * @param status          how the run stands
 * @param failure         why it failed (naming the device), or empty
 * @param devices         one entry per virtual device that carried requests or is parked
 * @param contexts        CPU time per execution context
 * @param swaps           configuration changes applied or refused during the run
 * @param meanPendingEvents engine events pending on average when one fired (what {@code vwb bench engine}
 *                        gives its yardstick event loop to carry)
 * @param computes        one entry per VM that runs a CPU-bound job
 */
public record RunResult(String configuration, String vendorProfile, DriverPlacement placement, String costModel,
        long simulatedNanos, long events, Status status, String failure, List<DeviceResult> devices,
        List<ContextResult> contexts, List<SwapRecord> swaps, double meanPendingEvents,
        List<ComputeResult> computes) {

    /** A result without CPU-bound jobs. */
    public RunResult(String configuration, String vendorProfile, DriverPlacement placement, String costModel,
            long simulatedNanos, long events, Status status, String failure, List<DeviceResult> devices,
            List<ContextResult> contexts, List<SwapRecord> swaps, double meanPendingEvents) {
        this(configuration, vendorProfile, placement, costModel, simulatedNanos, events, status, failure, devices,
                contexts, swaps, meanPendingEvents, List.of());
    }

    /** A result that does not know its engine's pending events (figures built outside a run). */
    public RunResult(String configuration, String vendorProfile, DriverPlacement placement, String costModel,
            long simulatedNanos, long events, Status status, String failure, List<DeviceResult> devices,
            List<ContextResult> contexts, List<SwapRecord> swaps) {
        this(configuration, vendorProfile, placement, costModel, simulatedNanos, events, status, failure, devices,
                contexts, swaps, 0);
    }

    /** How a run stands. */
    public enum Status {
        RUNNING, COMPLETED, FAILED
    }

    /** Requests completed per simulated second over all devices. */
    public double throughputPerSecond() {
        return simulatedNanos == 0 ? 0 : devices.stream().mapToLong(DeviceResult::completed).sum() * 1e9 / simulatedNanos;
    }

    /** CPU seconds spent in all contexts of a kind. */
    public double cpuSeconds(ContextKind kind) {
        return contexts.stream().filter(c -> c.kind() == kind).mapToDouble(ContextResult::cpuSeconds).sum();
    }

    /** The CPU-bound job of one VM, by VM name. */
    public java.util.Optional<ComputeResult> compute(String vm) {
        return computes.stream().filter(c -> c.vm().equals(vm)).findFirst();
    }

    /** The result of one device, by VM and device name. */
    public java.util.Optional<DeviceResult> device(String vm, String device) {
        return devices.stream().filter(d -> d.vm().equals(vm) && d.device().equals(device)).findFirst();
    }
}
