package org.vwb.drivers.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.FaultScope;
import org.vwb.core.api.Route;
import org.vwb.model.DriverPlacement;

/**
 * Hosted (KVM, VirtualBox, VMware Workstation): the host OS's drivers; emulators in a per-VM user process (QEMU,
 * VMApp); synthetic back ends in the host kernel (vhost) unless a product keeps them in the process. kvm.ko is
 * part of the host kernel, so reaching the host kernel from the hypervisor is free and a faulting driver takes the
 * whole host down. VMware Workstation's monitor instead lives in a world of its own, left and re-entered by a
 * world switch ({@link Route#worldSwitch()}).
 */
@Component(service = DriverPlacementModel.class)
public final class HostOsPlacement extends ContextLayout {

    public HostOsPlacement() {
        super(DriverPlacement.HOST_OS, "hosted: drivers and back ends in the host OS, emulators in a user process",
                new Route(ContextKind.WORKER, ContextKind.PARENT, ContextKind.PARENT, false), FaultScope.WHOLE_HOST);
    }

    @Override
    Place place(ContextKind kind, Route route) {
        return switch (kind) {
            case HYPERVISOR, GUEST -> Place.kernelOf(route.worldSwitch() ? Domain.MONITOR_WORLD : Domain.HOST);
            case PARENT -> Place.kernelOf(Domain.HOST);
            case WORKER -> Place.userProcessIn(Domain.HOST);
            case DRIVER_DOMAIN -> super.place(kind, route);
        };
    }
}
