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

class ParentPartitionPlacementTest extends DriverPlacementModelContractTest {

    private final ParentPartitionPlacement placement = new ParentPartitionPlacement();
    private final Route route = placement.defaultRoute();

    @Override
    protected DriverPlacementModel placementModel() {
        return placement;
    }

    @Test
    void parentPartitionReachesTheWorkerThroughAPartitionAndAProcessSwitch() {
        assertEquals(List.of(CostEvent.PARTITION_SWITCH, CostEvent.PROCESS_SWITCH),
                placement.crossing(route, ContextKind.HYPERVISOR, ContextKind.WORKER), "to vmwp.exe in the root");
        assertEquals(List.of(CostEvent.PROCESS_SWITCH, CostEvent.PARTITION_SWITCH),
                placement.crossing(route, ContextKind.WORKER, ContextKind.HYPERVISOR), "and back");
    }

    @Test
    void syntheticBackEndInTheRootKernelIsOnePartitionSwitchAway() {
        assertEquals(ContextKind.PARENT, route.backend());
        assertEquals(List.of(CostEvent.PARTITION_SWITCH),
                placement.crossing(route, ContextKind.HYPERVISOR, ContextKind.PARENT));
    }

    @Test
    void workerReachesTheRootDriversByAProcessSwitchOnly() {
        assertEquals(List.of(CostEvent.PROCESS_SWITCH),
                placement.crossing(route, ContextKind.WORKER, ContextKind.PARENT));
    }

    @Test
    void emulatedDevicesRunInTheWorkerProcess() {
        assertEquals(ContextKind.WORKER, route.emulator());
    }

    @Test
    void faultingDriverTakesDownTheParentAndTheIoThatDependsOnIt() {
        assertEquals(FaultScope.PARENT_AND_DEPENDENT_IO, placement.driverFaultScope());
    }
}
