package org.vwb.testing;

import org.vwb.core.SyntheticDeviceModel;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/** A synthetic NIC: a 128-slot ring that copies payloads and suppresses notifications, as VMBus's netvsc does. */
record StandInRing(String id) implements SyntheticDeviceModel {

    @Override
    public DeviceKind kind() {
        return DeviceKind.NETWORK;
    }

    @Override
    public DeviceMode mode() {
        return DeviceMode.SYNTHETIC;
    }

    @Override
    public String description() {
        return "stand-in synthetic ring NIC";
    }

    @Override
    public String source() {
        return "tests";
    }

    @Override
    public int maxInFlight() {
        return 128;
    }

    @Override
    public int ringSlots() {
        return 128;
    }

    @Override
    public int descriptorBytes() {
        return 32;
    }

    @Override
    public boolean copiesPayload() {
        return true;
    }

    @Override
    public boolean suppressesNotifications() {
        return true;
    }
}
