package org.vwb.core.internal.paths;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.RequestTrace;

/** Records the steps of the one request {@code vwb explain} follows; absent (null) in ordinary runs. */
public final class Tracer {

    private final List<RequestTrace.Step> steps = new ArrayList<>();
    private final double clockGHz;
    private Request followed;

    public Tracer(double clockGHz) {
        this.clockGHz = clockGHz;
    }

    /** Follows the first request offered, and only it. */
    boolean follows(Request request) {
        if (followed == null && request != null) {
            followed = request;
        }
        return followed == request;
    }

    public boolean done() {
        return followed != null && followed.completedAt >= 0;
    }

    void step(ContextRef context, String event, double cycles, String note) {
        steps.add(new RequestTrace.Step(context.kind(), context.name(), event, cycles, cycles / clockGHz, note));
    }

    void wait(ContextRef context, String event, double nanos, String note) {
        steps.add(new RequestTrace.Step(context.kind(), context.name(), event, 0, nanos, note));
    }

    public List<RequestTrace.Step> steps() {
        return steps;
    }
}
