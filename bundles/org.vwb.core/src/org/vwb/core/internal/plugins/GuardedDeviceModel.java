package org.vwb.core.internal.plugins;

import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.InterruptModeration;
import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * A {@link DeviceModel} whose every call is marked and named; {@link #of} keeps its mode's interface, so the core
 * still tells an emulated model from a synthetic one.
 */
public class GuardedDeviceModel extends Guarded implements DeviceModel {

    private final DeviceModel plugin;
    private final Call kind;
    private final Call mode;
    private final Call description;
    private final Call source;
    private final Call maxInFlight;
    private final Call family;
    private final Call interruptModeration;
    private final Call driverVersions;
    private final Call forDriver;

    GuardedDeviceModel(DeviceModel plugin, PluginIdentity identity) {
        super(identity);
        this.plugin = plugin;
        this.kind = call("kind()");
        this.mode = call("mode()");
        this.description = call("description()");
        this.source = call("source()");
        this.maxInFlight = call("maxInFlight()");
        this.family = call("family()");
        this.interruptModeration = call("interruptModeration(int)");
        this.driverVersions = call("driverVersions()");
        this.forDriver = call("forDriver(String)");
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
    public final String id() {
        return identity().id();
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

    @Override
    public final String family() {
        return Calls.ask(family, plugin::family);
    }

    /** The plugin's policy object, called on the engine's path as its paths call the model's sequences. */
    @Override
    public final InterruptModeration interruptModeration(int rate) {
        return Calls.ask(interruptModeration, () -> plugin.interruptModeration(rate));
    }

    @Override
    public final java.util.List<String> driverVersions() {
        return Calls.ask(driverVersions, plugin::driverVersions);
    }

    /** The plugin's model for that driver, guarded as the plugin is. */
    @Override
    public final DeviceModel forDriver(String version) {
        DeviceModel driven = Calls.ask(forDriver, () -> plugin.forDriver(version));
        return driven == plugin ? this : of(driven, identity());
    }
}
