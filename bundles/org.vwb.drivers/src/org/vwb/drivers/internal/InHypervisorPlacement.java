package org.vwb.drivers.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.FaultScope;
import org.vwb.core.api.Route;
import org.vwb.model.DriverPlacement;

/**
 * Monolithic (VMware ESX/ESXi): the per-VM monitor, the back ends and the certified physical drivers all run in
 * the vmkernel, so a request crosses no context boundary after its exit, and a faulting driver takes the whole
 * host down.
 */
@Component(service = DriverPlacementModel.class)
public final class InHypervisorPlacement extends ContextLayout {

    public InHypervisorPlacement() {
        super(DriverPlacement.IN_HYPERVISOR, "monolithic: monitor, back ends and drivers in the vmkernel",
                new Route(ContextKind.HYPERVISOR, ContextKind.HYPERVISOR, ContextKind.HYPERVISOR, false),
                FaultScope.WHOLE_HOST);
    }

    /**
     * A worker here is a user world on the vmkernel (ESXi's per-VM VMX process), not a process in a partition;
     * no default route uses it, and ESX classic's service console stands where the parent partition would.
     */
    @Override
    Place place(ContextKind kind, Route route) {
        return kind == ContextKind.WORKER ? Place.userProcessIn(Domain.HYPERVISOR) : super.place(kind, route);
    }
}
