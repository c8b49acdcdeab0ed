package org.vwb.core.internal.plugins;

import org.vwb.core.DeviceModel;
import org.vwb.core.EmulatedDeviceModel;
import org.vwb.core.SyntheticDeviceModel;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * A {@link DeviceModel} whose every call is marked and named; {@link #of} keeps its mode's interface, so the core
 * still tells an emulated model from a synthetic one.
 */
public class GuardedDeviceModel implements DeviceModel, Guarded {

    private final DeviceModel plugin;
    private final PluginIdentity identity;
    private final Call kind;
    private final Call mode;
    private final Call description;
    private final Call source;
    private final Call maxInFlight;

    GuardedDeviceModel(DeviceModel plugin, PluginIdentity identity) {
        this.plugin = plugin;
        this.identity = identity;
        this.kind = new Call(identity, "kind()");
        this.mode = new Call(identity, "mode()");
        this.description = new Call(identity, "description()");
        this.source = new Call(identity, "source()");
        this.maxInFlight = new Call(identity, "maxInFlight()");
    }

    /** The wrapper for a model: emulated, synthetic, or (a model of neither kind, which no path takes) plain. */
    public static DeviceModel of(DeviceModel plugin, PluginIdentity identity) {
        if (plugin instanceof EmulatedDeviceModel emulated) {
            return new GuardedEmulatedModel(emulated, identity);
        }
        if (plugin instanceof SyntheticDeviceModel synthetic) {
            return new GuardedSyntheticModel(synthetic, identity);
        }
        return new GuardedDeviceModel(plugin, identity);
    }

    @Override
    public final PluginIdentity identity() {
        return identity;
    }

    /** A question to this plugin, for the subclasses' own methods. */
    final Call call(String question) {
        return new Call(identity, question);
    }

    @Override
    public final String id() {
        return identity.id();
    }

    @Override
    public final DeviceKind kind() {
        return Calls.ask(kind, plugin::kind);
    }

    @Override
    public final DeviceMode mode() {
        return Calls.ask(mode, plugin::mode);
    }

    @Override
    public final String description() {
        return Calls.ask(description, plugin::description);
    }

    @Override
    public final String source() {
        return Calls.ask(source, plugin::source);
    }

    @Override
    public final int maxInFlight() {
        return Calls.ask(maxInFlight, plugin::maxInFlight);
    }
}
