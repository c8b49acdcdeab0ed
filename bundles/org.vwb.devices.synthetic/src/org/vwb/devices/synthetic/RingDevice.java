package org.vwb.devices.synthetic;

import org.vwb.core.api.DescribedDeviceModel;
import org.vwb.core.api.DeviceSheet;
import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.model.DeviceMode;

/**
 * A paravirtual device described as data. The core runs the ring itself (indices, suppression, batching); the
 * model only states the geometry and the back end's copying, so a subclass is its {@link RingSheet}.
 */
public abstract class RingDevice extends DescribedDeviceModel implements SyntheticDeviceModel {

    private final RingSheet sheet;

    protected RingDevice(RingSheet sheet) {
        super(new DeviceSheet(sheet.id(), sheet.kind(), sheet.description(), sheet.source(), sheet.maxInFlight()));
        this.sheet = sheet;
    }

    @Override
    public final DeviceMode mode() {
        return DeviceMode.SYNTHETIC;
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
