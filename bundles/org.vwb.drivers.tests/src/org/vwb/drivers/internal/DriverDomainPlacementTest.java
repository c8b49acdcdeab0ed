package org.vwb.drivers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.FaultScope;
import org.vwb.core.api.Route;
import org.vwb.testing.DriverPlacementModelContractTest;

class DriverDomainPlacementTest extends DriverPlacementModelContractTest {

    private final DriverDomainPlacement placement = new DriverDomainPlacement();
    private final Route route = placement.defaultRoute();

    @Override
    protected DriverPlacementModel placementModel() {
        return placement;
    }

    @Test
    void backEndAndDriverRunInTheDriverDomainOnePartitionSwitchFromTheHypervisor() {
        assertEquals(ContextKind.DRIVER_DOMAIN, route.backend());
        assertEquals(ContextKind.DRIVER_DOMAIN, route.driver());
        assertEquals(List.of(CostEvent.PARTITION_SWITCH),
                placement.crossing(route, ContextKind.HYPERVISOR, ContextKind.DRIVER_DOMAIN));
    }

    @Test
    void emulatedDevicesStayInQemuInDom0() {
        assertEquals(ContextKind.WORKER, route.emulator());
        assertEquals(List.of(CostEvent.PARTITION_SWITCH, CostEvent.PROCESS_SWITCH),
                placement.crossing(route, ContextKind.HYPERVISOR, ContextKind.WORKER));
    }

    @Test
    void faultingDriverTakesDownOnlyItsDomain() {
        assertEquals(FaultScope.DRIVER_DOMAIN_ONLY, placement.driverFaultScope());
    }
}
