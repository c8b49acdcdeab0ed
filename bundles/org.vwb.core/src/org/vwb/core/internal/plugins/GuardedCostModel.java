package org.vwb.core.internal.plugins;

import org.vwb.core.CostEvent;
import org.vwb.core.CostModel;

/** A {@link CostModel} whose every call is marked and named. */
public final class GuardedCostModel implements CostModel, Guarded {

    private final CostModel plugin;
    private final PluginIdentity identity;
    private final Call description;
    private final Call cycles;
    private final Call source;

    public GuardedCostModel(CostModel plugin, PluginIdentity identity) {
        this.plugin = plugin;
        this.identity = identity;
        this.description = new Call(identity, "description()");
        this.cycles = new Call(identity, "cycles()");
        this.source = new Call(identity, "source()");
    }

    @Override
    public PluginIdentity identity() {
        return identity;
    }

    @Override
    public String id() {
        return identity.id();
    }

    @Override
    public String description() {
        return Calls.ask(description, plugin::description);
    }

    @Override
    public double cycles(CostEvent event) {
        return Calls.ask(cycles, () -> plugin.cycles(event));
    }

    @Override
    public String source(CostEvent event) {
        return Calls.ask(source, () -> plugin.source(event));
    }
}
