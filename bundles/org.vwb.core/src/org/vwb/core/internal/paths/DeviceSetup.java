package org.vwb.core.internal.paths;

/**
 * What the configuration says of one virtual device beyond its model, and what of its VM a device path needs:
 * the queue pairs asked for (0 = the model's default), the MTU, whether segmentation and receive coalescing
 * offloads are on, and the VM's vCPUs (a guest uses at most one queue per vCPU).
 *
 * @param queues     queue pairs asked for; 0 = the device model's default
 * @param mtu        the network MTU in bytes (1,500 when the configuration says nothing)
 * @param offloads   whether TSO and LRO/GRO are on where the device has them
 * @param guestVcpus the vCPUs of the device's VM
 * @param interruptRate interrupt moderation: -1 = the device model's own default, 0 = off, above 0 = at most that
 *                      many interrupts per second ({@link org.vwb.core.api.DeviceModel#interruptModeration(int)})
 */
public record DeviceSetup(int queues, int mtu, boolean offloads, int guestVcpus, int interruptRate) {

    /** A device as configured by default in a VM of {@code vcpus} vCPUs. */
    public static DeviceSetup standard(int vcpus) {
        return new DeviceSetup(0, Framing.STANDARD_MTU, true, vcpus, -1);
    }
}
