package org.vwb.devices.synthetic;

/**
 * What a paravirtual NIC offers beyond its ring, each with the source that states it: queue pairs for
 * receive-side scaling, segmentation offload (TSO), receive coalescing (LRO, or GRO into a guest that takes large
 * packets) and the largest MTU.
 *
 * @param queues              queue pairs a guest is offered by default (it uses at most one per vCPU)
 * @param maxQueues           the most queue pairs a configuration may ask for
 * @param segmentationOffload whether the guest hands the device large sends
 * @param receiveCoalescing   whether received frames reach the guest merged
 * @param maxMtu              the largest MTU in bytes
 * @param source              where these figures come from
 */
public record NicFeatures(int queues, int maxQueues, boolean segmentationOffload, boolean receiveCoalescing,
        int maxMtu, String source) {

    /** A device with none of them: one queue, no offloads, standard 1,500-byte frames. */
    public static final NicFeatures NONE = new NicFeatures(1, 1, false, false, 1500, "");
}
