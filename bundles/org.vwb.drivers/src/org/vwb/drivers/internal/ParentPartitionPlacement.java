package org.vwb.drivers.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.FaultScope;
import org.vwb.core.api.Route;
import org.vwb.model.DriverPlacement;

/**
 * Microkernelized (Hyper-V's root partition, Xen's dom0): a small hypervisor; synthetic back ends (VSPs, netback)
 * and the general-purpose OS's drivers in the parent's kernel; emulated devices in a per-VM worker process there
 * (vmwp.exe, QEMU). A faulting driver takes down the parent and with it the I/O of every VM that goes through it,
 * but neither the hypervisor nor the VMs' execution.
 */
@Component(service = DriverPlacementModel.class)
public final class ParentPartitionPlacement extends ContextLayout {

    public ParentPartitionPlacement() {
        super(DriverPlacement.PARENT_PARTITION,
                "microkernelized: back ends and drivers in the parent partition, emulators in a worker process there",
                new Route(ContextKind.WORKER, ContextKind.PARENT, ContextKind.PARENT, false),
                FaultScope.PARENT_AND_DEPENDENT_IO);
    }
}
