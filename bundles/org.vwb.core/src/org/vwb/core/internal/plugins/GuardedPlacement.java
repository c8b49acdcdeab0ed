package org.vwb.core.internal.plugins;

import java.util.List;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.FaultScope;
import org.vwb.core.api.Route;
import org.vwb.model.DriverPlacement;

/** A {@link DriverPlacementModel} whose every call is marked and named. */
public final class GuardedPlacement extends Guarded implements DriverPlacementModel {

    private final DriverPlacementModel plugin;
    private final DriverPlacement placement;
    private final Call description;
    private final Call defaultRoute;
    private final Call crossing;
    private final Call driverFaultScope;

    public GuardedPlacement(DriverPlacementModel plugin, PluginIdentity identity, DriverPlacement placement) {
        super(identity);
        this.plugin = plugin;
        this.placement = placement;
        this.description = call("description()");
        this.defaultRoute = call("defaultRoute()");
        this.crossing = call("crossing()");
        this.driverFaultScope = call("driverFaultScope()");
    }

    @Override
    public DriverPlacement placement() {
        return placement;
    }

    @Override
    public String description() {
        return Calls.ask(description, plugin::description);
    }

    @Override
    public Route defaultRoute() {
        return Calls.ask(defaultRoute, plugin::defaultRoute);
    }

    @Override
    public List<CostEvent> crossing(Route route, ContextKind from, ContextKind to) {
        return Calls.ask(crossing, () -> plugin.crossing(route, from, to));
    }

    @Override
    public FaultScope driverFaultScope() {
        return Calls.ask(driverFaultScope, plugin::driverFaultScope);
    }
}
