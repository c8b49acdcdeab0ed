package org.vwb.devices.synthetic.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.devices.synthetic.RingDevice;
import org.vwb.devices.synthetic.RingSheet;
import org.vwb.model.DeviceKind;

/** virtio-blk: one split virtqueue, requests of header, data and status descriptors. */
@Component(service = DeviceModel.class)
public final class VirtioBlk extends RingDevice {

    public VirtioBlk() {
        super(new RingSheet("virtio-blk", DeviceKind.BLOCK,
                "virtio block device (virtio-blk), back end in QEMU (or vhost-user)",
                "Virtual I/O Device (VIRTIO) Version 1.1, OASIS, sections 2.6 (split virtqueues, 16-byte "
                        + "descriptors), 2.6.7-2.6.8 (EVENT_IDX) and 5.2 (block device: virtio_blk_req); QEMU "
                        + "hw/block/virtio-blk.c (guest buffers mapped into the I/O vector: no copy)",
                256, 16, false, true));
    }
}
