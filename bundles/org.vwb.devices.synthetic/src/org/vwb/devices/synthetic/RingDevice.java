package org.vwb.devices.synthetic;

import org.vwb.core.SyntheticDeviceModel;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * A paravirtual device described as data. The core runs the ring itself (indices, suppression, batching); the
 * model only states the geometry and the back end's copying, so a subclass is its {@link RingSheet}.
 */
public abstract class RingDevice implements SyntheticDeviceModel {

    private final RingSheet sheet;

    protected RingDevice(RingSheet sheet) {
        this.sheet = sheet;
    }

    @Override
    public final String id() {
        return sheet.id();
    }

    @Override
    public final DeviceKind kind() {
        return sheet.kind();
    }

    @Override
    public final DeviceMode mode() {
        return DeviceMode.SYNTHETIC;
    }

    @Override
    public final String description() {
        return sheet.description();
    }

    @Override
    public final String source() {
        return sheet.source();
    }

    @Override
    public final int maxInFlight() {
        return sheet.maxInFlight();
    }

    @Override
    public final int ringSlots() {
        return sheet.ringSlots();
    }

    @Override
    public final int descriptorBytes() {
        return sheet.descriptorBytes();
    }

    @Override
    public final boolean copiesPayload() {
        return sheet.copiesPayload();
    }

    @Override
    public final boolean suppressesNotifications() {
        return sheet.suppressesNotifications();
    }

    @Override
    public String toString() {
        return sheet.id();
    }
}
