package org.vwb.core.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A paravirtual device: a front end in the guest (VSC, virtio driver, netfront) and a back end where the driver
 * placement puts it (VSP, vhost, netback), talking through ring buffers in guest-shared memory. The core runs
 * the rings (producer and consumer indices, notification and interrupt suppression, batching); the model gives
 * their geometry and what the back end does with the payload.
 *
 * @since 1.0
 */
@ConsumerType
public interface SyntheticDeviceModel extends DeviceModel {

    /** Descriptors the request ring holds; a full ring makes the front end wait. */
    int ringSlots();

    /** Bytes of one request descriptor written into the ring. */
    int descriptorBytes();

    /**
     * Whether the back end copies the payload between guest memory and its own buffers (VMBus receive buffers,
     * Xen grant copy) rather than letting the device reach guest pages directly (storvsc page lists, vhost-net
     * zero copy).
     */
    boolean copiesPayload();

    /**
     * Whether each side suppresses the other's notifications while it is known to be processing (virtio
     * {@code VIRTIO_RING_F_EVENT_IDX}, VMBus interrupt masks): with it, load batches several requests per
     * notification and per interrupt.
     */
    boolean suppressesNotifications();

    /**
     * Queues the back end serves in parallel, each with a thread of its own (multi-queue virtio-net and vmxnet3
     * with receive-side scaling, blk-mq); a batch of requests is spread over them. One unless the device has more.
     */
    default int queues() {
        return 1;
    }
}
