package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.network.Dec21140;
import org.vwb.testing.RegisterReplay;

class Dec21140Test extends EmulatedDeviceTest {

    @Override
    protected Dec21140 model() {
        return new Dec21140();
    }

    @Test
    void idIsDec21140sId() {
        assertEquals("dec21140", model().id());
    }

    @Test
    void dec21140TransmitTrapsOnTheTransmitPollDemandWrite() {
        assertEquals("CSR1", startingRegister(false).name());
        assertEquals(1, RegisterReplay.trapping(model(), model().issueSequence(false)));
    }

    @Test
    void dec21140InterruptHandlerAcknowledgesByWritingTheStatusBack() {
        assertEquals("CSR5", acknowledgingRegister().name());
    }
}
