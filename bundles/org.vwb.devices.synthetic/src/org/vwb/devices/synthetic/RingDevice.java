package org.vwb.devices.synthetic;

import org.vwb.core.api.DescribedDeviceModel;
import org.vwb.core.api.DeviceSheet;
import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.model.DeviceMode;

/**
 * A paravirtual device described as data. The core runs the ring itself (indices, suppression, batching); the
 * model only states the geometry and the back end's copying, so a subclass is its {@link RingSheet}, and a NIC's
 * {@link NicFeatures}.
 */
public abstract class RingDevice extends DescribedDeviceModel implements SyntheticDeviceModel {

    private final RingSheet sheet;
    private final NicFeatures nic;

    protected RingDevice(RingSheet sheet) {
        this(sheet, NicFeatures.NONE);
    }

    /** A NIC with the queues, offloads and MTU {@code nic} states; their source joins the sheet's. */
    protected RingDevice(RingSheet sheet, NicFeatures nic) {
        super(new DeviceSheet(sheet.id(), sheet.kind(), sheet.description(),
                nic.source().isEmpty() ? sheet.source() : sheet.source() + "; " + nic.source(),
                sheet.maxInFlight()));
        this.sheet = sheet;
        this.nic = nic;
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
    public final int queues() {
        return nic.queues();
    }

    @Override
    public final int maxQueues() {
        return nic.maxQueues();
    }

    @Override
    public final boolean segmentationOffload() {
        return nic.segmentationOffload();
    }

    @Override
    public final boolean receiveCoalescing() {
        return nic.receiveCoalescing();
    }

    @Override
    public final int maxMtu() {
        return nic.maxMtu();
    }

    @Override
    public String toString() {
        return sheet.id();
    }
}
