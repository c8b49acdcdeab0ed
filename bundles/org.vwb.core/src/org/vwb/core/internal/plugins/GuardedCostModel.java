package org.vwb.core.internal.plugins;

import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;

/** A {@link CostModel} whose every call is marked and named. */
public final class GuardedCostModel extends Guarded implements CostModel {

    private final CostModel plugin;
    private final Call description;
    private final Call cycles;
    private final Call source;

    public GuardedCostModel(CostModel plugin, PluginIdentity identity) {
        super(identity);
        this.plugin = plugin;
        this.description = call("description()");
        this.cycles = call("cycles()");
        this.source = call("source()");
    }

    @Override
    public String id() {
        return identity().id();
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
