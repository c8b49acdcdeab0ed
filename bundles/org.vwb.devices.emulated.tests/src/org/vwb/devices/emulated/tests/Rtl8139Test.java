package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.network.Rtl8139;
import org.vwb.testing.RegisterReplay;

class Rtl8139Test extends EmulatedDeviceTest {

    @Override
    protected Rtl8139 model() {
        return new Rtl8139();
    }

    @Test
    void idIsRtl8139sId() {
        assertEquals("rtl8139", model().id());
    }

    @Test
    void aTransmitIsOneWriteOfTheTransmitPollRegisterAsIn8139cp() {
        assertEquals("TxPoll", startingRegister(false).name());
        assertEquals(1, RegisterReplay.trapping(model(), model().issueSequence(false)));
    }

    @Test
    void aReceivedFrameMasksTheReceiveCausesAcknowledgesThemAndUnmasksWithFlushes() {
        assertEquals(5, RegisterReplay.trapping(model(), model().issueSequence(true)));
        assertEquals(3, RegisterReplay.trapping(model(), model().interruptSequence()));
    }
}
