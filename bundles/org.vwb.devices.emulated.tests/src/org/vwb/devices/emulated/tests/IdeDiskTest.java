package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.storage.Ahci;
import org.vwb.devices.emulated.internal.storage.IdeDisk;
import org.vwb.testing.RegisterReplay;

class IdeDiskTest extends EmulatedDeviceTest {

    @Override
    protected IdeDisk model() {
        return new IdeDisk();
    }

    @Test
    void idIsIdeDisksId() {
        assertEquals("ide", model().id());
    }

    @Test
    void ideCommandTakesMoreTrappingAccessesThanAhci() {
        Ahci ahci = new Ahci();
        for (boolean read : new boolean[] { true, false }) {
            assertTrue(RegisterReplay.trappingPerRequest(model(), read) > 3 * RegisterReplay.trappingPerRequest(ahci, read));
        }
    }

    @Test
    void ideStartsTheTransferWithTheBusMasterStartBit() {
        assertEquals("BMICOM", startingRegister(true).name());
        assertEquals("STATUS", acknowledgingRegister().name(), "reading Status clears INTRQ");
    }

    @Test
    void ideHasOneCommandInFlight() {
        assertEquals(1, model().maxInFlight());
    }
}
