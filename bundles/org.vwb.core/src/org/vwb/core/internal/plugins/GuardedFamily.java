package org.vwb.core.internal.plugins;

import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.api.family.PathSite;
import org.vwb.core.api.family.RequestPath;

/** A {@link DeviceFamily} whose every call is marked and named. */
public final class GuardedFamily extends Guarded implements DeviceFamily {

    private final DeviceFamily plugin;
    private final Call description;
    private final Call path;

    public GuardedFamily(DeviceFamily plugin, PluginIdentity identity) {
        super(identity);
        this.plugin = plugin;
        this.description = call("description()");
        this.path = call("path()");
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
    public RequestPath path(DeviceModel model, PathSite site) {
        return Calls.ask(path, () -> plugin.path(model, site));
    }
}
