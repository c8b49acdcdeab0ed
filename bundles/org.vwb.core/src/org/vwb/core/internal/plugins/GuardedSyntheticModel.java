package org.vwb.core.internal.plugins;

import org.vwb.core.SyntheticDeviceModel;

/** A {@link SyntheticDeviceModel} whose every call is marked and named. */
final class GuardedSyntheticModel extends GuardedDeviceModel implements SyntheticDeviceModel {

    private final SyntheticDeviceModel plugin;
    private final Call ringSlots;
    private final Call descriptorBytes;
    private final Call copiesPayload;
    private final Call suppressesNotifications;

    GuardedSyntheticModel(SyntheticDeviceModel plugin, PluginIdentity identity) {
        super(plugin, identity);
        this.plugin = plugin;
        this.ringSlots = call("ringSlots()");
        this.descriptorBytes = call("descriptorBytes()");
        this.copiesPayload = call("copiesPayload()");
        this.suppressesNotifications = call("suppressesNotifications()");
    }

    @Override
    public int ringSlots() {
        return Calls.ask(ringSlots, plugin::ringSlots);
    }

    @Override
    public int descriptorBytes() {
        return Calls.ask(descriptorBytes, plugin::descriptorBytes);
    }

    @Override
    public boolean copiesPayload() {
        return Calls.ask(copiesPayload, plugin::copiesPayload);
    }

    @Override
    public boolean suppressesNotifications() {
        return Calls.ask(suppressesNotifications, plugin::suppressesNotifications);
    }
}
