package org.vwb.testing.installable;

import java.util.List;

import org.vwb.core.api.DescribedDeviceModel;
import org.vwb.core.api.DeviceSheet;
import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * The emulated NIC every installable test plugin starts from: one trapping doorbell the driver writes per request,
 * one status register its interrupt handler reads. Subclasses change one behaviour each.
 */
public class DoorbellNic extends DescribedDeviceModel implements EmulatedDeviceModel {

    public DoorbellNic(String id, String description) {
        super(new DeviceSheet(id, DeviceKind.NETWORK, description, "estimate: a test plugin, not a real device", 8));
    }

    @Override
    public AccessEffect emulate(RegisterState state, RegisterAccess access) {
        if (access.register() == 0 && access.write()) {
            return AccessEffect.START_IO;
        }
        state.clear(1, 1);
        return AccessEffect.ACKNOWLEDGE_INTERRUPT;
    }

    @Override
    public DeviceMode mode() {
        return DeviceMode.EMULATED;
    }

    @Override
    public List<Register> registers() {
        return List.of(new Register("DOORBELL", 0, true, false, "starts the request"),
                new Register("STATUS", 4, true, true, "read by the interrupt handler, clears the interrupt"));
    }

    @Override
    public List<RegisterAccess> issueSequence(boolean read) {
        return List.of(RegisterAccess.write(0, 1, "ring the doorbell"));
    }

    @Override
    public List<RegisterAccess> interruptSequence() {
        return List.of(RegisterAccess.read(1, "read and clear the status"));
    }

    @Override
    public void complete(RegisterState state) {
        state.raise(1, 1);
    }
}
