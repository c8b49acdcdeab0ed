package org.vwb.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.Route;

/**
 * What the core relies on from every {@link DriverPlacementModel}. An implementation's test subclasses this and
 * says which model it tests; the test methods are final so that every implementation meets the same contract.
 */
public abstract class DriverPlacementModelContractTest {

    /** The model under test. */
    protected abstract DriverPlacementModel placementModel();

    @Test
    public final void saysWhichPlacementItIsAndDescribesItself() {
        DriverPlacementModel model = placementModel();
        assertNotNull(model.placement());
        assertFalse(model.description().isBlank(), "description");
        assertNotNull(model.driverFaultScope(), "fault scope");
    }

    @Test
    public final void defaultRouteRunsEveryPartOutsideTheGuest() {
        Route route = placementModel().defaultRoute();
        for (ContextKind part : List.of(route.emulator(), route.backend(), route.driver())) {
            assertNotNull(part);
            assertNotEquals(ContextKind.GUEST, part, "the guest runs no emulator, back end or physical driver");
        }
    }

    @Test
    public final void stayingInOneContextIsFree() {
        for (Route route : routes()) {
            for (ContextKind kind : ContextKind.values()) {
                assertEquals(List.of(), placementModel().crossing(route, kind, kind), kind + " to itself");
            }
        }
    }

    @Test
    public final void everyCrossingCostsAsManyEventsBackAsThere() {
        for (Route route : routes()) {
            for (ContextKind from : ContextKind.values()) {
                for (ContextKind to : ContextKind.values()) {
                    assertEquals(placementModel().crossing(route, from, to).size(),
                            placementModel().crossing(route, to, from).size(), from + " <-> " + to + " on " + route);
                }
            }
        }
    }

    @Test
    public final void crossingsLeaveExitAndEntryToTheCore() {
        for (Route route : routes()) {
            for (ContextKind from : ContextKind.values()) {
                for (ContextKind to : ContextKind.values()) {
                    List<CostEvent> events = placementModel().crossing(route, from, to);
                    assertFalse(events.contains(CostEvent.VM_EXIT) || events.contains(CostEvent.VM_ENTRY),
                            from + " -> " + to + ": " + events);
                }
            }
        }
    }

    /** The default route, and the same with the other kind of monitor-to-host switch. */
    private List<Route> routes() {
        Route route = placementModel().defaultRoute();
        return List.of(route, new Route(route.emulator(), route.backend(), route.driver(), !route.worldSwitch()));
    }
}
