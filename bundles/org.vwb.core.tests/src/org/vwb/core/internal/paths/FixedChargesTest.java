package org.vwb.core.internal.paths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.FaultScope;
import org.vwb.core.api.Route;
import org.vwb.core.internal.paths.FixedCharges.Sequence;
import org.vwb.model.DriverPlacement;

/**
 * A fixed sequence of charges made at once ({@link FixedCharges}) costs, counts and lands in the accounts exactly as
 * charging its events one by one does: a trapped register access, an injection, a notification, a response.
 */
class FixedChargesTest {

    /** Whole, distinct cycles per event, so that a dropped, doubled or misplaced event changes a sum. */
    private static final CostModel COSTS = new CostModel() {
        @Override
        public String id() {
            return "test";
        }

        @Override
        public String description() {
            return "distinct whole cycles per event";
        }

        @Override
        public double cycles(CostEvent event) {
            return 1000 + 37 * event.ordinal();
        }

        @Override
        public String source(CostEvent event) {
            return "test";
        }
    };

    /** Crossings of one or two events, different per pair and direction. */
    private static final DriverPlacementModel PLACEMENT = new DriverPlacementModel() {
        @Override
        public DriverPlacement placement() {
            return DriverPlacement.PARENT_PARTITION;
        }

        @Override
        public String description() {
            return "test";
        }

        @Override
        public Route defaultRoute() {
            return ROUTE;
        }

        @Override
        public List<CostEvent> crossing(Route route, ContextKind from, ContextKind to) {
            if (from == ContextKind.WORKER || to == ContextKind.WORKER) {
                return from == ContextKind.HYPERVISOR ? List.of(CostEvent.PARTITION_SWITCH, CostEvent.PROCESS_SWITCH)
                        : List.of(CostEvent.PROCESS_SWITCH);
            }
            return List.of(CostEvent.PARTITION_SWITCH);
        }

        @Override
        public FaultScope driverFaultScope() {
            return FaultScope.values()[0];
        }
    };

    private static final Route ROUTE = new Route(ContextKind.WORKER, ContextKind.PARENT, ContextKind.PARENT, false);

    @Test
    void aTrappedAccessChargedAtOnceEqualsItsEventsChargedOneByOne() {
        for (ContextKind where : List.of(ContextKind.HYPERVISOR, ContextKind.WORKER, ContextKind.PARENT)) {
            DeviceStats stats = assertSameAsStepByStep(where + ": a trapped access",
                    (charger, contexts, stats1) -> charger.charge(charger.fixed(Sequence.TRAP, where, where),
                            contexts, stats1) + charger.charge(charger.fixed(Sequence.UNTRAP, where, where), contexts,
                                    stats1),
                    (charger, contexts, stats1) -> {
                        double cycles = charger.charge(contexts.hypervisor(), CostEvent.VM_EXIT, 1, stats1, null, null);
                        cycles += charger.charge(contexts.hypervisor(), CostEvent.EXIT_HANDLING, 1, stats1, null, null);
                        cycles += charger.cross(contexts, ContextKind.HYPERVISOR, where, stats1, null, null);
                        cycles += charger.charge(contexts.of(where), CostEvent.REGISTER_EMULATION, 1, stats1, null,
                                null);
                        cycles += charger.cross(contexts, where, ContextKind.HYPERVISOR, stats1, null, null);
                        return cycles + charger.charge(contexts.hypervisor(), CostEvent.VM_ENTRY, 1, stats1, null, null);
                    });
            Charger charger = new Charger(COSTS, PLACEMENT, ROUTE, new Accounts(), null);
            assertEquals(3, stats.exits(), where + ": one exit per access");
            assertEquals(3 * (charger.crossing(ContextKind.HYPERVISOR, where).length
                    + charger.crossing(where, ContextKind.HYPERVISOR).length), stats.switches(),
                    where + ": the crossings there and back, every access");
        }
    }

    @Test
    void injectionsNotificationsAndResponsesChargedAtOnceEqualTheirEventsChargedOneByOne() {
        for (ContextKind from : List.of(ContextKind.HYPERVISOR, ContextKind.WORKER, ContextKind.PARENT)) {
            DeviceStats stats = assertSameAsStepByStep(from + ": an injection",
                    (charger, contexts, stats1) -> charger.charge(charger.fixed(Sequence.INJECT, from, from), contexts,
                            stats1),
                    (charger, contexts, stats1) -> charger.cross(contexts, from, ContextKind.HYPERVISOR, stats1, null,
                            null) + charger.charge(contexts.hypervisor(), CostEvent.INTERRUPT_INJECTION, 1, stats1,
                                    null, null));
            assertEquals(3, stats.interrupts(), from + ": one interrupt per injection");
            assertSameAsStepByStep(from + ": a response", (charger, contexts, stats1) -> charger.charge(
                    charger.fixed(Sequence.RESPOND, ContextKind.DRIVER_DOMAIN, from), contexts, stats1),
                    (charger, contexts, stats1) -> charger.cross(contexts, ContextKind.DRIVER_DOMAIN, from, stats1,
                            null, null) + charger.charge(contexts.of(from), CostEvent.RING_ENQUEUE, 1, stats1, null,
                                    null));
        }
        assertSameAsStepByStep("a notification", (charger, contexts, stats) -> charger.charge(
                charger.fixed(Sequence.NOTIFY, ContextKind.HYPERVISOR, ContextKind.HYPERVISOR), contexts, stats),
                (charger, contexts, stats) -> {
                    double cycles = charger.charge(contexts.hypervisor(), CostEvent.VM_EXIT, 1, stats, null, null);
                    cycles += charger.charge(contexts.hypervisor(), CostEvent.EXIT_HANDLING, 1, stats, null, null);
                    cycles += charger.charge(contexts.hypervisor(), CostEvent.CHANNEL_SIGNAL, 1, stats, null, null);
                    return cycles + charger.charge(contexts.hypervisor(), CostEvent.VM_ENTRY, 1, stats, null, null);
                });
    }

    @Test
    void oneWorkedOutSequenceServesEveryDeviceOfTheRun() {
        Charger charger = new Charger(COSTS, PLACEMENT, ROUTE, new Accounts(), null);
        assertSame(charger.fixed(Sequence.TRAP, ContextKind.WORKER, ContextKind.WORKER),
                charger.fixed(Sequence.TRAP, ContextKind.WORKER, ContextKind.WORKER));
        assertEquals(COSTS.cycles(CostEvent.VM_EXIT) + COSTS.cycles(CostEvent.EXIT_HANDLING)
                + COSTS.cycles(CostEvent.PARTITION_SWITCH) + COSTS.cycles(CostEvent.PROCESS_SWITCH)
                + COSTS.cycles(CostEvent.REGISTER_EMULATION),
                charger.fixed(Sequence.TRAP, ContextKind.WORKER, ContextKind.WORKER).cycles());
    }

    /** Charges of one device, made one way or the other; returns the cycles. */
    @FunctionalInterface
    private interface Charges {
        double make(Charger charger, DeviceContexts contexts, DeviceStats stats);
    }

    /**
     * Makes the charges three times at once and three times step by step, each on a charger and accounts of its own,
     * and asserts the same cycles, counters and accounts; returns the counters of the charges made at once.
     */
    private static DeviceStats assertSameAsStepByStep(String what, Charges atOnce, Charges stepByStep) {
        Accounts fixedAccounts = new Accounts();
        Accounts stepAccounts = new Accounts();
        Charger fixed = new Charger(COSTS, PLACEMENT, ROUTE, fixedAccounts, null);
        Charger steps = new Charger(COSTS, PLACEMENT, ROUTE, stepAccounts, null);
        DeviceContexts fixedContexts = contexts(fixedAccounts);
        DeviceContexts stepContexts = contexts(stepAccounts);
        DeviceStats fixedStats = new DeviceStats();
        DeviceStats stepStats = new DeviceStats();
        double fixedCycles = 0;
        double stepCycles = 0;
        for (int times = 0; times < 3; times++) {
            fixedCycles += atOnce.make(fixed, fixedContexts, fixedStats);
            stepCycles += stepByStep.make(steps, stepContexts, stepStats);
        }
        assertEquals(stepCycles, fixedCycles, what + ": cycles");
        assertEquals(stepStats.exits(), fixedStats.exits(), what + ": exits");
        assertEquals(stepStats.switches(), fixedStats.switches(), what + ": switches");
        assertEquals(stepStats.interrupts(), fixedStats.interrupts(), what + ": interrupts");
        assertArrayEquals(stepStats.cyclesByKind, fixedStats.cyclesByKind, what + ": cycles by kind");
        for (ContextKind kind : ContextKind.values()) {
            assertEquals(stepAccounts.cycles(stepContexts.of(kind)), fixedAccounts.cycles(fixedContexts.of(kind)),
                    what + ": the account of " + kind);
        }
        return fixedStats;
    }

    private static DeviceContexts contexts(Accounts accounts) {
        return new DeviceContexts(ROUTE, accounts.context(ContextKind.GUEST, "vm1"),
                accounts.context(ContextKind.HYPERVISOR, "hypervisor"), accounts.context(ContextKind.PARENT, "root"),
                accounts.context(ContextKind.WORKER, "worker (vm1)"),
                accounts.context(ContextKind.DRIVER_DOMAIN, "driver domain"));
    }
}
