package org.vwb.devices.synthetic.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.devices.synthetic.RingDevice;
import org.vwb.devices.synthetic.RingSheet;
import org.vwb.model.DeviceKind;

/** virtio-scsi: SCSI commands over a request virtqueue. */
@Component(service = DeviceModel.class)
public final class VirtioScsi extends RingDevice {

    public VirtioScsi() {
        super(new RingSheet("virtio-scsi", DeviceKind.BLOCK,
                "virtio SCSI host (virtio-scsi), back end in QEMU or vhost-scsi",
                "Virtual I/O Device (VIRTIO) Version 1.1, OASIS, sections 2.6 (split virtqueues, 16-byte "
                        + "descriptors), 2.6.7-2.6.8 (EVENT_IDX) and 5.6 (SCSI host device: request queues); QEMU "
                        + "hw/scsi/virtio-scsi.c",
                256, 16, false, true));
    }
}
