package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.network.E1000;
import org.vwb.devices.emulated.internal.network.E1000e;
import org.vwb.testing.RegisterReplay;

class E1000eTest extends EmulatedDeviceTest {

    @Override
    protected E1000e model() {
        return new E1000e();
    }

    @Test
    void idIsE1000esId() {
        assertEquals("e1000e", model().id());
    }

    @Test
    void e1000eInterruptAutoMaskSavesTheMaskClearWrite() {
        assertTrue(RegisterReplay.trapping(model(), model().interruptSequence())
                < RegisterReplay.trapping(new E1000(), new E1000().interruptSequence()));
    }

    @Test
    void e1000eSaysMsixIsNotModelled() {
        assertTrue(model().description().contains("MSI-X not modelled"));
    }
}
