package org.vwb.core.internal.paths;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;

/**
 * A sequence of charges whose events, counts and kinds of context never change, such as the exit, decode,
 * routing, emulation and entry of one trapped register access: worked out once per run ({@link Charger#fixed}) and then charged to a device's contexts ({@link Charger#charge(FixedCharges,
 * DeviceContexts, DeviceStats)}) with one addition per kind of context instead of a priced, counted and switched
 * call per event. An emulated request makes dozens of trapped accesses of seven events each, and charging them
 * event by event was a third of the engine's time ({@code vwb bench engine} with the accesses' charging skipped:
 * 5.7-5.9 s against 7.4-10.3 s, 2026-12-02). It holds kinds, not contexts, so one serves every device of a run.
 * <p>
 * The total is summed in the order the events would have been charged, so it is the number charging event by event
 * returns; a context's account receives the sum of its events at once, which is the same number as adding them one
 * by one whenever the cycles are whole numbers below 2^53 (every bundled cost model's are).
 */
public final class FixedCharges {

    final ContextKind[] kinds;
    final double[] kindCycles;
    final long exits;
    final long switches;
    final long interrupts;
    final double cycles;

    private FixedCharges(Builder builder) {
        this.kinds = builder.kinds.toArray(ContextKind[]::new);
        this.kindCycles = builder.kindCycles.stream().mapToDouble(Double::doubleValue).toArray();
        this.exits = builder.exits;
        this.switches = builder.switches;
        this.interrupts = builder.interrupts;
        this.cycles = builder.cycles;
    }

    /** The fixed sequences the paths charge, each in the order its path makes the charges. */
    enum Sequence {
        /** A trapped register access up to its emulation in {@code from}: exit, decoding, way there, emulation. */
        TRAP {
            @Override
            Builder build(Builder b, ContextKind where, ContextKind unused) {
                return b.charge(ContextKind.HYPERVISOR, CostEvent.VM_EXIT)
                        .charge(ContextKind.HYPERVISOR, CostEvent.EXIT_HANDLING).cross(ContextKind.HYPERVISOR, where)
                        .charge(where, CostEvent.REGISTER_EMULATION);
            }
        },
        /** The rest of a trapped access emulated in {@code from}: the way back and the entry. */
        UNTRAP {
            @Override
            Builder build(Builder b, ContextKind where, ContextKind unused) {
                return b.cross(where, ContextKind.HYPERVISOR).charge(ContextKind.HYPERVISOR, CostEvent.VM_ENTRY);
            }
        },
        /** {@code from} (an emulator, a back end) has the hypervisor inject a virtual interrupt. */
        INJECT {
            @Override
            Builder build(Builder b, ContextKind from, ContextKind unused) {
                return b.cross(from, ContextKind.HYPERVISOR).charge(ContextKind.HYPERVISOR,
                        CostEvent.INTERRUPT_INJECTION);
            }
        },
        /** A front end notifies its back end: exit, decoding, the channel's signal, entry. */
        NOTIFY {
            @Override
            Builder build(Builder b, ContextKind unused, ContextKind alsoUnused) {
                return b.charge(ContextKind.HYPERVISOR, CostEvent.VM_EXIT)
                        .charge(ContextKind.HYPERVISOR, CostEvent.EXIT_HANDLING)
                        .charge(ContextKind.HYPERVISOR, CostEvent.CHANNEL_SIGNAL)
                        .charge(ContextKind.HYPERVISOR, CostEvent.VM_ENTRY);
            }
        },
        /** A completion comes back from the driver in {@code from} to the back end in {@code to}, which publishes it. */
        RESPOND {
            @Override
            Builder build(Builder b, ContextKind driver, ContextKind backend) {
                return b.cross(driver, backend).charge(backend, CostEvent.RING_ENQUEUE);
            }
        };

        abstract Builder build(Builder builder, ContextKind from, ContextKind to);
    }

    /** The cycles the whole sequence costs. */
    public double cycles() {
        return cycles;
    }

    /** Collects the charges in the order a path makes them. */
    static final class Builder {

        private final Charger charger;
        private final List<ContextKind> kinds = new ArrayList<>();
        private final List<Double> kindCycles = new ArrayList<>();
        private long exits;
        private long switches;
        private long interrupts;
        private double cycles;

        Builder(Charger charger) {
            this.charger = charger;
        }

        /** One occurrence of an event charged to a kind of context, as {@link Charger#charge} would. */
        Builder charge(ContextKind kind, CostEvent event) {
            cycles += spend(kind, event);
            return this;
        }

        /** The crossing from one kind of context to another, as {@link Charger#cross} would (its sum added as one). */
        Builder cross(ContextKind from, ContextKind to) {
            double spent = 0;
            for (CostEvent event : charger.crossing(from, to)) {
                spent += spend(from, event);
            }
            cycles += spent;
            return this;
        }

        private double spend(ContextKind kind, CostEvent event) {
            double spent = charger.cycles(event);
            int at = kinds.indexOf(kind);
            if (at < 0) {
                kinds.add(kind);
                kindCycles.add(spent);
            } else {
                kindCycles.set(at, kindCycles.get(at) + spent);
            }
            switch (event.counter()) {
                case EXIT -> exits++;
                case SWITCH -> switches++;
                case INTERRUPT -> interrupts++;
                default -> { }
            }
            return spent;
        }

        FixedCharges build() {
            return new FixedCharges(this);
        }
    }
}
