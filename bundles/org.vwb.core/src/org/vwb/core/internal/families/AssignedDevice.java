package org.vwb.core.internal.families;

import org.vwb.core.api.DeviceModel;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * What stands for the model of a passthrough device that names none installed: the physical device itself,
 * assigned whole to the guest and driven by the guest's own driver.
 *
 * @param id   the model name the configuration gives, e.g. {@code physical-nic}
 * @param kind the device's kind
 */
public record AssignedDevice(String id, DeviceKind kind) implements DeviceModel {

    /** Requests the guest's driver keeps in flight on an assigned device (a descriptor ring's worth). */
    private static final int QUEUE_DEPTH = 64;

    @Override
    public DeviceMode mode() {
        return DeviceMode.PASSTHROUGH;
    }

    @Override
    public String description() {
        return "physical device assigned to the guest";
    }

    @Override
    public String source() {
        return "the physical device's own driver in the guest";
    }

    @Override
    public int maxInFlight() {
        return QUEUE_DEPTH;
    }
}
