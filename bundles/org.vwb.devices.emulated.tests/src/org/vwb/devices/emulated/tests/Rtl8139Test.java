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
    void rtl8139TransmitStartsWithTheTransmitStatusWriteAndFlushesIt() {
        assertEquals("TSD0", startingRegister(false).name());
        assertEquals(2, RegisterReplay.trapping(model(), model().issueSequence(false)));
    }
}
