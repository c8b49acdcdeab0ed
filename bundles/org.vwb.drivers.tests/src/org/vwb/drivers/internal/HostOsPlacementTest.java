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

class HostOsPlacementTest extends DriverPlacementModelContractTest {

    private final HostOsPlacement placement = new HostOsPlacement();
    private final Route kvm = placement.defaultRoute();
    private final Route workstation = new Route(ContextKind.WORKER, ContextKind.WORKER, ContextKind.PARENT, true);

    @Override
    protected DriverPlacementModel placementModel() {
        return placement;
    }

    @Test
    void kvmReachesQemuByAProcessSwitch() {
        assertEquals(List.of(CostEvent.PROCESS_SWITCH),
                placement.crossing(kvm, ContextKind.HYPERVISOR, ContextKind.WORKER));
    }

    @Test
    void kvmAndTheHostKernelAreOneKernelSoVhostIsReachedForFree() {
        assertEquals(List.of(), placement.crossing(kvm, ContextKind.HYPERVISOR, ContextKind.PARENT));
        assertEquals(ContextKind.PARENT, kvm.backend());
    }

    @Test
    void workstationMonitorReachesVmAppByOneWorldSwitch() {
        assertEquals(List.of(CostEvent.WORLD_SWITCH),
                placement.crossing(workstation, ContextKind.HYPERVISOR, ContextKind.WORKER));
    }

    @Test
    void workstationMonitorReachesTheHostKernelThroughVmApp() {
        assertEquals(List.of(CostEvent.WORLD_SWITCH, CostEvent.PROCESS_SWITCH),
                placement.crossing(workstation, ContextKind.HYPERVISOR, ContextKind.PARENT));
        assertEquals(List.of(CostEvent.PROCESS_SWITCH),
                placement.crossing(workstation, ContextKind.WORKER, ContextKind.PARENT), "VMApp's write() to VMNet");
    }

    @Test
    void faultingHostDriverTakesTheWholeHostDownBecauseKvmIsInTheHostKernel() {
        assertEquals(FaultScope.WHOLE_HOST, placement.driverFaultScope());
    }
}
