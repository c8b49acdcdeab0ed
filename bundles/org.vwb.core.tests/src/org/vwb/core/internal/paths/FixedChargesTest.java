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
import org.vwb.model.DriverPlacement;

/**
 * A trapped register access charged at once ({@link FixedCharges}) costs, counts and lands in the accounts exactly
 * as charging its seven events one by one does, for an emulator in every kind of context.
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
            Accounts fixedAccounts = new Accounts();
            Accounts stepAccounts = new Accounts();
            Charger fixed = new Charger(COSTS, PLACEMENT, ROUTE, fixedAccounts, null);
            Charger steps = new Charger(COSTS, PLACEMENT, ROUTE, stepAccounts, null);
            DeviceContexts fixedContexts = contexts(fixedAccounts);
            DeviceContexts stepContexts = contexts(stepAccounts);
            DeviceStats fixedStats = new DeviceStats();
            DeviceStats stepStats = new DeviceStats();

            double atOnce = 0;
            double oneByOne = 0;
            for (int access = 0; access < 3; access++) {
                atOnce += fixed.charge(fixed.trap(where), fixedContexts, fixedStats)
                        + fixed.charge(fixed.untrap(where), fixedContexts, fixedStats);
                double cycles = steps.charge(stepContexts.hypervisor(), CostEvent.VM_EXIT, 1, stepStats, null, null);
                cycles += steps.charge(stepContexts.hypervisor(), CostEvent.EXIT_HANDLING, 1, stepStats, null, null);
                cycles += steps.cross(stepContexts, ContextKind.HYPERVISOR, where, stepStats, null, null);
                cycles += steps.charge(stepContexts.of(where), CostEvent.REGISTER_EMULATION, 1, stepStats, null, null);
                cycles += steps.cross(stepContexts, where, ContextKind.HYPERVISOR, stepStats, null, null);
                oneByOne += cycles + steps.charge(stepContexts.hypervisor(), CostEvent.VM_ENTRY, 1, stepStats, null,
                        null);
            }

            assertEquals(oneByOne, atOnce, where + ": cycles");
            assertEquals(stepStats.exits(), fixedStats.exits(), where + ": exits");
            assertEquals(stepStats.switches(), fixedStats.switches(), where + ": switches");
            assertEquals(stepStats.interrupts(), fixedStats.interrupts(), where + ": interrupts");
            assertArrayEquals(stepStats.cyclesByKind, fixedStats.cyclesByKind, where + ": cycles by kind");
            for (ContextKind kind : ContextKind.values()) {
                assertEquals(stepAccounts.cycles(stepContexts.of(kind)), fixedAccounts.cycles(fixedContexts.of(kind)),
                        where + ": the account of " + kind);
            }
            assertEquals(3, fixedStats.exits(), where + ": one exit per access");
            assertEquals(3 * (steps.crossing(ContextKind.HYPERVISOR, where).length
                    + steps.crossing(where, ContextKind.HYPERVISOR).length), fixedStats.switches(),
                    where + ": the crossings there and back, every access");
        }
    }

    @Test
    void oneWorkedOutSequenceServesEveryDeviceOfTheRun() {
        Charger charger = new Charger(COSTS, PLACEMENT, ROUTE, new Accounts(), null);
        assertSame(charger.trap(ContextKind.WORKER), charger.trap(ContextKind.WORKER));
        assertEquals(COSTS.cycles(CostEvent.VM_EXIT) + COSTS.cycles(CostEvent.EXIT_HANDLING)
                + COSTS.cycles(CostEvent.PARTITION_SWITCH) + COSTS.cycles(CostEvent.PROCESS_SWITCH)
                + COSTS.cycles(CostEvent.REGISTER_EMULATION), charger.trap(ContextKind.WORKER).cycles());
    }

    private static DeviceContexts contexts(Accounts accounts) {
        return new DeviceContexts(ROUTE, accounts.context(ContextKind.GUEST, "vm1"),
                accounts.context(ContextKind.HYPERVISOR, "hypervisor"), accounts.context(ContextKind.PARENT, "root"),
                accounts.context(ContextKind.WORKER, "worker (vm1)"),
                accounts.context(ContextKind.DRIVER_DOMAIN, "driver domain"));
    }
}
