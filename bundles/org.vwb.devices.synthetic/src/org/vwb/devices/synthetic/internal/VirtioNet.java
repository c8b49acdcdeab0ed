package org.vwb.devices.synthetic.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.devices.synthetic.NicFeatures;
import org.vwb.devices.synthetic.RingDevice;
import org.vwb.devices.synthetic.RingSheet;
import org.vwb.model.DeviceKind;

/** virtio-net: a split virtqueue per direction. */
@Component(service = DeviceModel.class)
public final class VirtioNet extends RingDevice {

    // vhost-net copies transmit data into socket buffers unless zero-copy transmit is switched on (off by
    // default), and receive data into the guest: copiesPayload.

    public VirtioNet() {
        super(new RingSheet("virtio-net", DeviceKind.NETWORK,
                "virtio network device (virtio-net), back end vhost-net in the host kernel or QEMU",
                "Virtual I/O Device (VIRTIO) Version 1.1, OASIS, sections 2.6 (split virtqueues: 16-byte "
                        + "struct virtq_desc, Queue Size), 2.6.7-2.6.8 (VIRTIO_F_EVENT_IDX used_event/avail_event "
                        + "suppression) and 5.1 (network device); QEMU and Linux default queue size 256; Linux "
                        + "drivers/vhost/net.c (copies unless experimental_zcopytx)",
                256, 16, true, true),
                new NicFeatures(1, 511, true, true, 65535,
                        "one queue pair unless asked (QEMU queues=1, libvirt <driver queues=>); at most 511 (QEMU "
                        + "hw/net/virtio-net.c: VIRTIO_QUEUE_MAX 1024 queues, a control queue); VIRTIO 1.1, 5.1.3 "
                        + "VIRTIO_NET_F_HOST_TSO4/6 (large sends) and VIRTIO_NET_F_GUEST_TSO4/6 with mergeable buffers "
                        + "(the host GRO merges received frames), 5.1.4 VIRTIO_NET_F_MTU up to 65,535"));
    }
}
