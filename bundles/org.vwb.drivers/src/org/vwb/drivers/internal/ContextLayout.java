package org.vwb.drivers.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.FaultScope;
import org.vwb.core.api.Route;
import org.vwb.model.DriverPlacement;

/**
 * A driver placement described by where each context sits ({@link #place}); the crossings follow from that by
 * one rule, so the four placements cannot disagree on what a switch is:
 * <ul>
 * <li>same domain, same mode: free (the host kernel and kvm.ko are one kernel);</li>
 * <li>same domain, kernel and user: one {@link CostEvent#PROCESS_SWITCH};</li>
 * <li>another domain: a {@link CostEvent#PROCESS_SWITCH} to reach the point where the switch leaves the source
 * domain if the context is not there, one {@link CostEvent#PARTITION_SWITCH} (a {@link CostEvent#WORLD_SWITCH}
 * when a hosted monitor's world is one side), and a {@code PROCESS_SWITCH} on from where it enters the target
 * domain if that is not the target context.</li>
 * </ul>
 * The way back is the same list reversed, so crossings are symmetric by construction. A guest reaches every
 * context through the hypervisor; its exit and entry are the core's {@code VM_EXIT}/{@code VM_ENTRY}, so the
 * guest counts as standing where the hypervisor does.
 */
abstract class ContextLayout implements DriverPlacementModel {

    private final DriverPlacement placement;
    private final String description;
    private final Route defaultRoute;
    private final FaultScope faultScope;

    ContextLayout(DriverPlacement placement, String description, Route defaultRoute, FaultScope faultScope) {
        this.placement = Objects.requireNonNull(placement);
        this.description = Objects.requireNonNull(description);
        this.defaultRoute = Objects.requireNonNull(defaultRoute);
        this.faultScope = Objects.requireNonNull(faultScope);
    }

    /**
     * Where a context (never the guest) runs under this placement and route. By default the partitioned layout
     * that Hyper-V and Xen share: the hypervisor alone, a parent partition whose kernel runs back ends and drivers
     * and whose user processes are the per-VM workers (vmwp.exe, QEMU in dom0), driver domains apart.
     */
    Place place(ContextKind kind, Route route) {
        return switch (kind) {
            case HYPERVISOR, GUEST -> Place.kernelOf(Domain.HYPERVISOR);
            case PARENT -> Place.kernelOf(Domain.PARENT_PARTITION);
            case WORKER -> Place.userProcessIn(Domain.PARENT_PARTITION);
            case DRIVER_DOMAIN -> Place.kernelOf(Domain.DRIVER_DOMAIN);
        };
    }

    @Override
    public final DriverPlacement placement() {
        return placement;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Route defaultRoute() {
        return defaultRoute;
    }

    @Override
    public final FaultScope driverFaultScope() {
        return faultScope;
    }

    @Override
    public final List<CostEvent> crossing(Route route, ContextKind from, ContextKind to) {
        Place source = placeOf(from, route);
        Place target = placeOf(to, route);
        if (source.domain() == target.domain()) {
            return source.userMode() == target.userMode() ? List.of() : List.of(CostEvent.PROCESS_SWITCH);
        }
        boolean world = source.domain() == Domain.MONITOR_WORLD || target.domain() == Domain.MONITOR_WORLD;
        List<CostEvent> events = new ArrayList<>(3);
        if (source.userMode() != entersInUserMode(source.domain(), world)) {
            events.add(CostEvent.PROCESS_SWITCH);
        }
        events.add(world ? CostEvent.WORLD_SWITCH : CostEvent.PARTITION_SWITCH);
        if (target.userMode() != entersInUserMode(target.domain(), world)) {
            events.add(CostEvent.PROCESS_SWITCH);
        }
        return Collections.unmodifiableList(events);
    }

    /**
     * Where a switch enters a domain: its kernel, except the host side of a world switch, which returns into
     * VMApp's ioctl on the monitor driver and so lands in the user process (Sugerman et al. 2001, section 2).
     */
    private static boolean entersInUserMode(Domain domain, boolean worldSwitch) {
        return worldSwitch && domain != Domain.MONITOR_WORLD;
    }

    private Place placeOf(ContextKind kind, Route route) {
        return place(kind == ContextKind.GUEST ? ContextKind.HYPERVISOR : kind, route);
    }
}
