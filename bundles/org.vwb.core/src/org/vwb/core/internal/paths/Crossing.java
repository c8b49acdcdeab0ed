package org.vwb.core.internal.paths;

import java.util.List;

import org.vwb.core.api.CostEvent;

/**
 * One crossing between two contexts, priced once per platform: the cycles of each of its events in order, and
 * how many exits, switches and interrupts it counts. A device's route is fixed until a hot-swap builds a new
 * charger, so crossing is a few additions instead of a lookup and a counter switch per event.
 */
record Crossing(double[] cycles, long exits, long switches, long interrupts) {

    Crossing(List<CostEvent> events, double[] cyclesByEvent) {
        this(events.stream().mapToDouble(e -> cyclesByEvent[e.ordinal()]).toArray(),
                count(events, CostEvent.Counter.EXIT), count(events, CostEvent.Counter.SWITCH),
                count(events, CostEvent.Counter.INTERRUPT));
    }

    private static long count(List<CostEvent> events, CostEvent.Counter counter) {
        return events.stream().filter(e -> e.counter() == counter).count();
    }
}
