package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.storage.BusLogic;
import org.vwb.testing.RegisterReplay;

class BusLogicTest extends EmulatedDeviceTest {

    @Override
    protected BusLogic model() {
        return new BusLogic();
    }

    @Test
    void idIsBusLogicsId() {
        assertEquals("buslogic", model().id());
    }

    @Test
    void buslogicStartsAMailboxCommandWithOnePortWrite() {
        assertEquals("COMMAND", startingRegister(false).name());
        assertEquals(1, RegisterReplay.trapping(model(), model().issueSequence(false)));
    }

    @Test
    void buslogicInterruptResetClearsTheInterruptRegister() {
        assertEquals("CONTROL", acknowledgingRegister().name());
    }
}
