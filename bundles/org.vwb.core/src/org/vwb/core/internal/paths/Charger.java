package org.vwb.core.internal.paths;

import java.util.List;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.Route;

/**
 * Prices events with the cost model and charges them to the context that spends them and to the device that
 * caused them, counting exits, switches and interrupts as they happen. Crossings between contexts come from the
 * driver placement, looked up once per pair.
 */
public final class Charger {

    private static final int KINDS = ContextKind.values().length;

    private final double[] cycles = new double[CostEvent.values().length];
    private final CostEvent[][] crossings = new CostEvent[KINDS * KINDS][];
    private final Crossing[] priced = new Crossing[KINDS * KINDS];
    private final FixedCharges[] sequences = new FixedCharges[FixedCharges.Sequence.values().length * KINDS * KINDS];
    private final Accounts accounts;
    private final Tracer tracer;

    public Charger(CostModel costs, DriverPlacementModel placement, Route route, Accounts accounts, Tracer tracer) {
        for (CostEvent event : CostEvent.values()) {
            cycles[event.ordinal()] = costs.cycles(event);
        }
        for (ContextKind from : ContextKind.values()) {
            for (ContextKind to : ContextKind.values()) {
                List<CostEvent> events = from == to ? List.of() : placement.crossing(route, from, to);
                crossings[from.ordinal() * KINDS + to.ordinal()] = events.toArray(CostEvent[]::new);
                priced[from.ordinal() * KINDS + to.ordinal()] = new Crossing(events, cycles);
            }
        }
        this.accounts = accounts;
        this.tracer = tracer;
    }

    /** Reads the accounts a device's charges will add to: see {@link org.vwb.core.internal.engine.Event#touch}. */
    long touch(DeviceContexts contexts) {
        return touch(contexts.guest()) + touch(contexts.of(ContextKind.PARENT)) + touch(contexts.of(ContextKind.WORKER))
                + touch(contexts.of(ContextKind.DRIVER_DOMAIN));
    }

    /** A device's context of a kind its platform lacks is absent: nothing to read. */
    private long touch(ContextRef context) {
        return context == null ? 0 : (long) accounts.cycles(context);
    }

    /** Cycles of one occurrence of an event. */
    public double cycles(CostEvent event) {
        return cycles[event.ordinal()];
    }

    /** Charges {@code count} occurrences of an event to a context, on behalf of a device; returns the cycles. */
    public double charge(ContextRef context, CostEvent event, double count, DeviceStats stats, Request request,
            Note note) {
        double spent = cycles[event.ordinal()] * count;
        accounts.charge(context, spent);
        stats.cyclesByKind[context.kind().ordinal()] += spent;
        switch (event.counter()) {
            case EXIT -> stats.exits += (long) count;
            case SWITCH -> stats.switches += (long) count;
            case INTERRUPT -> stats.interrupts += (long) count;
            default -> { }
        }
        if (tracer != null && request != null && tracer.follows(request)) {
            tracer.step(context, event.name(), spent, note.text());
        }
        return spent;
    }

    /**
     * Charges the crossing from one context to another; each event is paid by the side that performs it (the
     * source). Returns the cycles.
     */
    public double cross(DeviceContexts contexts, ContextKind from, ContextKind to, DeviceStats stats, Request request,
            Note note) {
        int pair = from.ordinal() * KINDS + to.ordinal();
        double spent = 0;
        if (tracer != null) {
            for (CostEvent event : crossings[pair]) {
                spent += charge(contexts.of(from), event, 1, stats, request, note);
            }
            return spent;
        }
        // untraced: the same sums in the same order as charging event by event, without looking each event up
        Crossing crossing = priced[pair];
        ContextRef context = contexts.of(from);
        int kind = context.kind().ordinal();
        for (double cycles : crossing.cycles()) {
            accounts.charge(context, cycles);
            stats.cyclesByKind[kind] += cycles;
            spent += cycles;
        }
        stats.exits += crossing.exits();
        stats.switches += crossing.switches();
        stats.interrupts += crossing.interrupts();
        return spent;
    }

    /** The events of the crossing from one kind of context to another, in the order they are charged. */
    CostEvent[] crossing(ContextKind from, ContextKind to) {
        return crossings[from.ordinal() * KINDS + to.ordinal()];
    }

    /**
     * A fixed sequence of charges between contexts of the kinds given ({@code to} unused by sequences of one
     * kind), worked out on first use and kept for the run: charged by a path that does not trace.
     */
    FixedCharges fixed(FixedCharges.Sequence sequence, ContextKind from, ContextKind to) {
        int at = (sequence.ordinal() * KINDS + from.ordinal()) * KINDS + to.ordinal();
        FixedCharges fixed = sequences[at];
        if (fixed == null) {
            fixed = sequences[at] = sequence.build(new FixedCharges.Builder(this), from, to).build();
        }
        return fixed;
    }

    /**
     * Charges a fixed sequence to a device's contexts and counters; returns its cycles. Only for a run that does not
     * trace: a trace follows requests step by step, with each step's note.
     */
    double charge(FixedCharges fixed, DeviceContexts contexts, DeviceStats stats) {
        ContextKind[] kinds = fixed.kinds;
        double[] byKind = stats.cyclesByKind;
        for (int i = 0; i < kinds.length; i++) {
            double spent = fixed.kindCycles[i];
            accounts.charge(contexts.of(kinds[i]), spent);
            byKind[kinds[i].ordinal()] += spent;
        }
        stats.exits += fixed.exits;
        stats.switches += fixed.switches;
        stats.interrupts += fixed.interrupts;
        return fixed.cycles;
    }

    /** Copying a payload between contexts: counted in bytes, priced per KiB. */
    public double copy(ContextRef context, int bytes, DeviceStats stats, Request request, Note note) {
        stats.bytesCopied += bytes;
        return charge(context, CostEvent.COPY_KIB, bytes / 1024.0, stats, request, note);
    }

    /** Records a wait that spends no CPU (the physical device's service time) in the trace. */
    void traceWait(ContextRef context, String what, double nanos, Request request, Note note) {
        if (tracer != null && request != null && tracer.follows(request)) {
            tracer.wait(context, what, nanos, note.text());
        }
    }

    /** Whether this run traces at all; when not, no step needs its note (callers may pass none). */
    boolean tracing() {
        return tracer != null;
    }

    /** Whether this run follows the request step by step. */
    boolean traced(Request request) {
        return tracer != null && tracer.follows(request);
    }

    public Route route(DeviceContexts contexts) {
        return contexts.route();
    }
}
