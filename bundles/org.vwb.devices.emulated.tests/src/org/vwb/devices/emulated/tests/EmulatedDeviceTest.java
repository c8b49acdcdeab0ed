package org.vwb.devices.emulated.tests;

import java.util.List;

import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.testing.EmulatedDeviceModelContractTest;
import org.vwb.testing.RegisterReplay;

/** The contract plus the questions the behaviour tests of every emulated device ask: which register does what. */
abstract class EmulatedDeviceTest extends EmulatedDeviceModelContractTest {

    /** The register whose access starts a request. */
    protected final Register startingRegister(boolean read) {
        return registerWith(model().issueSequence(read), AccessEffect.START_IO, false);
    }

    /** The register whose access in the interrupt handler lowers the line. */
    protected final Register acknowledgingRegister() {
        return registerWith(model().interruptSequence(), AccessEffect.ACKNOWLEDGE_INTERRUPT, true);
    }

    protected final int index(String name) {
        List<Register> registers = model().registers();
        for (int i = 0; i < registers.size(); i++) {
            if (registers.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no register " + name);
    }

    private Register registerWith(List<RegisterAccess> accesses, AccessEffect effect, boolean completeFirst) {
        EmulatedDeviceModel model = model();
        RegisterReplay replay = new RegisterReplay(model);
        if (completeFirst) {
            model.complete(replay.state());
        }
        for (RegisterAccess access : accesses) {
            if (model.emulate(replay.state(), access) == effect) {
                return RegisterReplay.register(model, access);
            }
        }
        throw new AssertionError("no access with effect " + effect);
    }
}
