package org.vwb.core.internal.paths;

import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.InterruptModeration;

/**
 * What the configuration says of one virtual device beyond its model, and what of its VM a device path needs:
 * the queue pairs asked for (0 = the model's default), the MTU, whether segmentation and receive coalescing
 * offloads are on, and the VM's vCPUs (a guest uses at most one queue per vCPU).
 *
 * @param queues     queue pairs asked for; 0 = the device model's default
 * @param mtu        the network MTU in bytes (1,500 when the configuration says nothing)
 * @param offloads   whether TSO and LRO/GRO are on where the device has them
 * @param guestVcpus the vCPUs of the device's VM
 * @param interruptRate interrupt moderation: -1 = the product's own default, 0 = off, above 0 = at most that
 *                      many interrupts per second ({@link org.vwb.core.api.DeviceModel#interruptModeration(int)})
 * @param moderations   who makes the device's interrupt moderation: the vendor profile, which may moderate in
 *                      the hypervisor ({@link org.vwb.core.api.VendorProfile#interruptModeration(DeviceModel, int)})
 */
public record DeviceSetup(int queues, int mtu, boolean offloads, int guestVcpus, int interruptRate,
        Moderations moderations) {

    /** Makes a device's interrupt moderation for a configured rate. */
    @FunctionalInterface
    public interface Moderations {
        /** The device model's own moderation: no hypervisor of its own in between. */
        Moderations DEVICE_OWN = (model, rate) -> model.interruptModeration(rate);

        InterruptModeration of(DeviceModel model, int rate);
    }

    /** A device as configured by default in a VM of {@code vcpus} vCPUs, moderated as its model says. */
    public static DeviceSetup standard(int vcpus) {
        return new DeviceSetup(0, Framing.STANDARD_MTU, true, vcpus, -1, Moderations.DEVICE_OWN);
    }

    /** A fresh interrupt moderation for one device of {@code model} (or one interrupt vector of it). */
    public InterruptModeration interruptModeration(DeviceModel model) {
        return moderations.of(model, interruptRate);
    }
}
