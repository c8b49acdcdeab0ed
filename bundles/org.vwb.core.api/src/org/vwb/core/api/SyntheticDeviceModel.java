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
     * Queue pairs the device offers a guest by default, each with its own rings, its own interrupt and a back-end
     * thread of its own (multi-queue virtio-net and vmxnet3 with receive-side scaling, netvsc's subchannels); a
     * workload's flows are hashed onto them and a guest uses at most one per vCPU. One unless the device has more.
     */
    default int queues() {
        return 1;
    }

    /**
     * The most queue pairs a configuration may ask of the device (libvirt's {@code <driver queues=>}); by default
     * the {@link #queues()} it offers.
     *
     * @since 1.1
     */
    default int maxQueues() {
        return queues();
    }

    /**
     * Whether the guest may hand the device a large send (TCP segmentation offload) that the host or the physical
     * NIC cuts into frames, so that the guest's stack, the ring and the back end handle one unit instead of one
     * per frame. None unless the device has it.
     *
     * @since 1.1
     */
    default boolean segmentationOffload() {
        return false;
    }

    /**
     * Whether received frames of a flow reach the guest merged into one large buffer (large receive offload in
     * the back end, GRO in the host's stack with a guest that takes large packets), so that the back end and the
     * guest handle one unit instead of one per frame. None unless the device has it.
     *
     * @since 1.1
     */
    default boolean receiveCoalescing() {
        return false;
    }

    /**
     * The largest MTU the device carries, in bytes: 1,500 (standard Ethernet) unless it takes jumbo frames.
     *
     * @since 1.1
     */
    default int maxMtu() {
        return 1500;
    }
}
