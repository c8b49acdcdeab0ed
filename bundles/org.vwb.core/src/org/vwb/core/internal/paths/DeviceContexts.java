package org.vwb.core.internal.paths;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.Route;

/**
 * The concrete contexts one device's requests touch: its guest, the hypervisor, the parent or host OS, its VM's
 * worker process, the driver domain of its physical driver; and the route that says which of them runs the
 * emulator, the back end and the physical driver.
 * <p>
 * Plain fields, not a map by kind: every charge of every request asks for a context, and with thousands of
 * devices a run is bound by cache misses on each device's objects; a map was two more objects per device.
 */
public final class DeviceContexts {

    private final Route route;
    private final ContextRef guest;
    private final ContextRef hypervisor;
    private final ContextRef parent;
    private final ContextRef worker;
    private final ContextRef driverDomain;

    public DeviceContexts(Route route, ContextRef guest, ContextRef hypervisor, ContextRef parent, ContextRef worker,
            ContextRef driverDomain) {
        this.route = route;
        this.guest = guest;
        this.hypervisor = hypervisor;
        this.parent = parent;
        this.worker = worker;
        this.driverDomain = driverDomain;
    }

    public Route route() {
        return route;
    }

    public ContextRef of(ContextKind kind) {
        return switch (kind) {
            case GUEST -> guest;
            case HYPERVISOR -> hypervisor;
            case PARENT -> parent;
            case WORKER -> worker;
            case DRIVER_DOMAIN -> driverDomain;
        };
    }

    public ContextRef guest() {
        return guest;
    }

    public ContextRef hypervisor() {
        return hypervisor;
    }

    public ContextRef emulator() {
        return of(route.emulator());
    }

    public ContextRef backend() {
        return of(route.backend());
    }

    public ContextRef driver() {
        return of(route.driver());
    }
}
