package org.vwb.drivers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.FaultScope;
import org.vwb.core.api.Route;
import org.vwb.testing.DriverPlacementModelContractTest;

class InHypervisorPlacementTest extends DriverPlacementModelContractTest {

    private final InHypervisorPlacement placement = new InHypervisorPlacement();
    private final Route route = placement.defaultRoute();

    @Override
    protected DriverPlacementModel placementModel() {
        return placement;
    }

    @Test
    void monitorBackEndAndDriverAllRunInTheVmkernel() {
        assertEquals(new Route(ContextKind.HYPERVISOR, ContextKind.HYPERVISOR, ContextKind.HYPERVISOR, false), route);
    }

    @Test
    void aRequestPaysNoSwitchOnTheWayFromTheGuestToTheDriver() {
        for (ContextKind part : List.of(route.emulator(), route.backend(), route.driver())) {
            assertEquals(List.of(), placement.crossing(route, ContextKind.GUEST, part));
        }
        assertEquals(List.of(), placement.crossing(route, route.backend(), route.driver()));
    }

    @Test
    void faultingDriverTakesTheWholeHostDown() {
        assertEquals(FaultScope.WHOLE_HOST, placement.driverFaultScope());
    }
}
