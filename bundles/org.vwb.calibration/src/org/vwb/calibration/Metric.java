package org.vwb.calibration;

import java.util.List;

import org.vwb.core.api.CostEvent;
import org.vwb.core.RequestTrace;

/** What a measurement compares: figures taken from one traced request, or from two runs. */
public enum Metric {

    /**
     * The emulation of a transmit: from the first trap to the emulator's copy of the payload, leaving out the
     * world switches, which are the price of reaching the host and belong to {@link #HOST_TRANSMIT_US}.
     */
    TRANSMIT_EMULATION_US,
    /**
     * Handing the packet to the host and sending it: the world switches of the issue, then everything from the
     * emulator's copy to the physical driver (system call, virtual switch, driver).
     */
    HOST_TRANSMIT_US,
    /** The cycles of the first VM exit and VM entry of a request. */
    EXIT_ROUND_TRIP_CYCLES,
    /** Completed requests per second of one configuration over another's. */
    THROUGHPUT_RATIO,
    /** CPU per completed request (every context, weighted over the devices) of one configuration over another's. */
    CPU_PER_REQUEST_RATIO,
    /**
     * The VM exits of one traced request: under KVM, each trapping register access the guest driver makes (issuing
     * the request and handling its interrupt) and each virtqueue notification. What {@code vwb measure qemu} counts
     * as the device's register accesses in QEMU's trace.
     */
    ACCESSES_PER_REQUEST,
    /** The virtual interrupts injected for one traced request. */
    INTERRUPTS_PER_REQUEST,
    /**
     * How long a unit of CPU-bound guest work takes in one configuration over another's: the runnable time of
     * every compute job's vCPUs per second of guest work they did (a job's completion over its work, also while
     * it has not finished), summed over the configuration's jobs.
     */
    JOB_TIME_RATIO;

    /** The metric a measurements file names (any case); an unknown one is refused naming the known ones. */
    static Metric parse(String text) {
        for (Metric metric : values()) {
            if (metric.name().equalsIgnoreCase(text.trim())) {
                return metric;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + text.trim() + "' (known: " + String.join(", ",
                java.util.Arrays.stream(values()).map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).toList())
                + ")");
    }

    /** Whether the figure is one configuration's over another's, whose direction (above or below 1) means something. */
    public boolean ratio() {
        return this == THROUGHPUT_RATIO || this == CPU_PER_REQUEST_RATIO || this == JOB_TIME_RATIO;
    }

    /** The figure this metric takes from a traced request (not for the ratios of two runs). */
    double of(RequestTrace trace) {
        if (this == ACCESSES_PER_REQUEST) {
            return trace.count(CostEvent.VM_EXIT);
        }
        if (this == INTERRUPTS_PER_REQUEST) {
            return trace.count(CostEvent.INTERRUPT_INJECTION);
        }
        List<RequestTrace.Step> steps = trace.steps();
        int firstTrap = indexOf(steps, CostEvent.VM_EXIT.name(), 0);
        // the emulator's copy: the guest's own copy into the socket buffer comes before the first trap
        int copy = indexOf(steps, CostEvent.COPY_KIB.name(), firstTrap);
        int driver = indexOf(steps, CostEvent.PHYSICAL_DRIVER.name(), 0);
        return switch (this) {
            case TRANSMIT_EMULATION_US -> micros(steps, firstTrap, copy + 1, false);
            case HOST_TRANSMIT_US -> micros(steps, firstTrap, copy + 1, true) + micros(steps, copy + 1, driver + 1,
                    null);
            case EXIT_ROUND_TRIP_CYCLES -> steps.get(firstTrap).cycles()
                    + steps.get(indexOf(steps, CostEvent.VM_ENTRY.name(), firstTrap)).cycles();
            case THROUGHPUT_RATIO, CPU_PER_REQUEST_RATIO, JOB_TIME_RATIO -> throw new IllegalStateException(
                    "a ratio of two runs, not of a trace");
            case ACCESSES_PER_REQUEST, INTERRUPTS_PER_REQUEST -> throw new IllegalStateException("counted above");
        };
    }

    private static int indexOf(List<RequestTrace.Step> steps, String event, int from) {
        for (int i = from; i < steps.size(); i++) {
            if (steps.get(i).event().equals(event)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the traced request has no " + event + " step");
    }

    /** Microseconds of the steps in [from, to): all of them, only world switches, or all but world switches. */
    private static double micros(List<RequestTrace.Step> steps, int from, int to, Boolean worldSwitches) {
        double nanos = 0;
        for (int i = from; i < to; i++) {
            boolean isSwitch = steps.get(i).event().equals(CostEvent.WORLD_SWITCH.name());
            if (worldSwitches == null || worldSwitches == isSwitch) {
                nanos += steps.get(i).nanos();
            }
        }
        return nanos / 1e3;
    }
}
