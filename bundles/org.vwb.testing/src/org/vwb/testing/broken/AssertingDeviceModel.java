package org.vwb.testing.broken;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DescribedDeviceModel;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DeviceSheet;
import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * Emulated NIC {@value #ID}: a doorbell register whose emulation fails an assertion, the way a plugin's bug
 * shows up mid-run as an {@link AssertionError} rather than an exception.
 */
@Component(service = DeviceModel.class, enabled = false)
public final class AssertingDeviceModel extends DescribedDeviceModel implements EmulatedDeviceModel {

    public static final String ID = "broken.asserting";

    public AssertingDeviceModel() {
        super(new DeviceSheet(ID, DeviceKind.NETWORK, "broken NIC whose emulation fails an assertion",
                "org.vwb.testing broken plugin", 4));
    }

    @Override
    public AccessEffect emulate(RegisterState state, RegisterAccess access) {
        throw new AssertionError("doorbell written while the ring was not set up");
    }

    @Override
    public DeviceMode mode() {
        return DeviceMode.EMULATED;
    }

    @Override
    public List<Register> registers() {
        return List.of(new Register("DOORBELL", 0, true, false, "starts the request"));
    }

    @Override
    public List<RegisterAccess> issueSequence(boolean read) {
        return List.of(RegisterAccess.write(0, 1, "ring doorbell"));
    }

    @Override
    public List<RegisterAccess> interruptSequence() {
        return List.of();
    }

    @Override
    public void complete(RegisterState state) {
        state.raise(0, 1);
    }
}
