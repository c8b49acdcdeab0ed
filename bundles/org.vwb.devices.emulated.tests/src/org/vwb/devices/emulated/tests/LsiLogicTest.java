package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.storage.LsiLogic;
import org.vwb.testing.RegisterReplay;

class LsiLogicTest extends EmulatedDeviceTest {

    @Override
    protected LsiLogic model() {
        return new LsiLogic();
    }

    @Test
    void idIsLsiLogicsId() {
        assertEquals("lsilogic", model().id());
    }

    @Test
    void lsiLogicPostsARequestWithOneRequestFifoWrite() {
        assertEquals("REQUEST_FIFO", startingRegister(true).name());
        assertEquals(1, RegisterReplay.trapping(model(), model().issueSequence(true)));
    }

    @Test
    void lsiLogicInterruptDropsWhenTheReplyFifoIsPopped() {
        assertEquals("REPLY_FIFO", acknowledgingRegister().name());
    }
}
