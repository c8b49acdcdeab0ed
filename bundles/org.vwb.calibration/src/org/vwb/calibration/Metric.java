package org.vwb.calibration;

import java.util.List;

import org.vwb.core.CostEvent;
import org.vwb.core.RequestTrace;

/** What a measurement compares: figures taken from one traced request, or from two runs. */
public enum Metric {

    /** From the first trap to the payload's hand-off to the physical driver: the emulation of the transmit. */
    TRANSMIT_EMULATION_US,
    /** The hand-off to the host's driver and its work: the crossing to the driver's context and the driver. */
    HOST_TRANSMIT_US,
    /** The cycles of the first VM exit and VM entry of a request. */
    EXIT_ROUND_TRIP_CYCLES,
    /** Completed requests per second of one configuration over another's. */
    THROUGHPUT_RATIO;

    static Metric parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** The figure this metric takes from a traced request (not for {@link #THROUGHPUT_RATIO}). */
    double of(RequestTrace trace) {
        List<RequestTrace.Step> steps = trace.steps();
        int firstTrap = indexOf(steps, CostEvent.VM_EXIT.name(), 0);
        int copy = indexOf(steps, CostEvent.COPY_KIB.name(), 0);
        int driver = indexOf(steps, CostEvent.PHYSICAL_DRIVER.name(), 0);
        return switch (this) {
            case TRANSMIT_EMULATION_US -> micros(steps, firstTrap, copy + 1);
            case HOST_TRANSMIT_US -> micros(steps, copy + 1, driver + 1);
            case EXIT_ROUND_TRIP_CYCLES -> steps.get(firstTrap).cycles()
                    + steps.get(indexOf(steps, CostEvent.VM_ENTRY.name(), firstTrap)).cycles();
            case THROUGHPUT_RATIO -> throw new IllegalStateException("a ratio of two runs, not of a trace");
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

    private static double micros(List<RequestTrace.Step> steps, int from, int to) {
        double nanos = 0;
        for (int i = from; i < to; i++) {
            nanos += steps.get(i).nanos();
        }
        return nanos / 1e3;
    }
}
