package org.vwb.drivers.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.FaultScope;
import org.vwb.core.api.Route;
import org.vwb.model.DriverPlacement;

/**
 * Isolated driver VMs (Xen driver domains): the physical driver and its back end (netback, blkback) in a small
 * domain of their own, reached from the hypervisor by a partition switch; emulated devices stay in QEMU in dom0.
 * A faulting driver takes down only its domain, which can be restarted.
 */
@Component(service = DriverPlacementModel.class)
public final class DriverDomainPlacement extends ContextLayout {

    public DriverDomainPlacement() {
        super(DriverPlacement.DRIVER_DOMAIN, "isolated: back ends and drivers in a driver domain, emulators in dom0",
                new Route(ContextKind.WORKER, ContextKind.DRIVER_DOMAIN, ContextKind.DRIVER_DOMAIN, false),
                FaultScope.DRIVER_DOMAIN_ONLY);
    }
}
