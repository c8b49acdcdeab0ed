package org.vwb.core.internal.plugins;

import org.vwb.core.api.SyntheticDeviceModel;

/** A {@link SyntheticDeviceModel} whose every call is marked and named. */
final class GuardedSyntheticModel extends GuardedDeviceModel implements SyntheticDeviceModel {

    private final SyntheticDeviceModel plugin;
    private final Call ringSlots;
    private final Call descriptorBytes;
    private final Call copiesPayload;
    private final Call suppressesNotifications;
    private final Call queues;
    private final Call maxQueues;
    private final Call segmentationOffload;
    private final Call receiveCoalescing;
    private final Call maxMtu;

    GuardedSyntheticModel(SyntheticDeviceModel plugin, PluginIdentity identity) {
        super(plugin, identity);
        this.plugin = plugin;
        this.ringSlots = call("ringSlots()");
        this.descriptorBytes = call("descriptorBytes()");
        this.copiesPayload = call("copiesPayload()");
        this.suppressesNotifications = call("suppressesNotifications()");
        this.queues = call("queues()");
        this.maxQueues = call("maxQueues()");
        this.segmentationOffload = call("segmentationOffload()");
        this.receiveCoalescing = call("receiveCoalescing()");
        this.maxMtu = call("maxMtu()");
    }

    @Override
    public int ringSlots() {
        return Calls.ask(ringSlots, plugin::ringSlots);
    }

    @Override
    public int descriptorBytes() {
        return Calls.ask(descriptorBytes, plugin::descriptorBytes);
    }

    /** Asked for every request a back end takes: marked by hand, no lambda, no allocation. */
    @Override
    public boolean copiesPayload() {
        CallSlot slot = CallSlot.current();
        Call previous = slot == null ? null : slot.enter(copiesPayload);
        try {
            return plugin.copiesPayload();
        } catch (Throwable thrown) {
            throw copiesPayload.failed(thrown);
        } finally {
            if (slot != null) {
                slot.exit(previous);
            }
        }
    }

    @Override
    public boolean suppressesNotifications() {
        return Calls.ask(suppressesNotifications, plugin::suppressesNotifications);
    }

    @Override
    public int queues() {
        return Calls.ask(queues, plugin::queues);
    }

    @Override
    public int maxQueues() {
        return Calls.ask(maxQueues, plugin::maxQueues);
    }

    @Override
    public boolean segmentationOffload() {
        return Calls.ask(segmentationOffload, plugin::segmentationOffload);
    }

    @Override
    public boolean receiveCoalescing() {
        return Calls.ask(receiveCoalescing, plugin::receiveCoalescing);
    }

    @Override
    public int maxMtu() {
        return Calls.ask(maxMtu, plugin::maxMtu);
    }
}
