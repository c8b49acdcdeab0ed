package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.storage.LsiLogic;
import org.vwb.devices.emulated.internal.storage.LsiLogicSas;
import org.vwb.testing.RegisterReplay;

class LsiLogicSasTest extends EmulatedDeviceTest {

    @Override
    protected LsiLogicSas model() {
        return new LsiLogicSas();
    }

    @Test
    void idIsLsiLogicSassId() {
        assertEquals("lsisas", model().id());
    }

    @Test
    void lsiSasSharesTheFusionMptMessageModel() {
        LsiLogic spi = new LsiLogic();
        assertEquals(spi.registers(), model().registers());
        assertEquals(spi.interruptSequence(), model().interruptSequence());
        assertEquals(spi.completionSequence(), model().completionSequence());
    }

    @Test
    void eachCompletedIoPopsItsOwnReplyAndTheDataGoStraightToGuestMemory() {
        for (var lsi : java.util.List.of(new LsiLogic(), model())) {
            assertEquals(1, lsi.completionSequence().size(), "one ReplyFifo read per completed I/O");
            assertEquals(1, lsi.interruptSequence().size(), "one empty read per interrupt");
            org.junit.jupiter.api.Assertions.assertFalse(lsi.copiesPayload(), "scatter-gather DMA: no copy");
        }
    }
}
