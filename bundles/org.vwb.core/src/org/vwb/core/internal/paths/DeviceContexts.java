package org.vwb.core.internal.paths;

import java.util.EnumMap;
import java.util.Map;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.Route;

/**
 * The concrete contexts one device's requests touch: its guest, the hypervisor, the parent or host OS, its VM's
 * worker process, the driver domain of its physical driver; and the route that says which of them runs the
 * emulator, the back end and the physical driver.
 */
public final class DeviceContexts {

    private final Map<ContextKind, ContextRef> byKind = new EnumMap<>(ContextKind.class);
    private final Route route;

    public DeviceContexts(Route route, ContextRef guest, ContextRef hypervisor, ContextRef parent, ContextRef worker,
            ContextRef driverDomain) {
        this.route = route;
        byKind.put(ContextKind.GUEST, guest);
        byKind.put(ContextKind.HYPERVISOR, hypervisor);
        byKind.put(ContextKind.PARENT, parent);
        byKind.put(ContextKind.WORKER, worker);
        byKind.put(ContextKind.DRIVER_DOMAIN, driverDomain);
    }

    public Route route() {
        return route;
    }

    public ContextRef of(ContextKind kind) {
        return byKind.get(kind);
    }

    public ContextRef guest() {
        return byKind.get(ContextKind.GUEST);
    }

    public ContextRef hypervisor() {
        return byKind.get(ContextKind.HYPERVISOR);
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
