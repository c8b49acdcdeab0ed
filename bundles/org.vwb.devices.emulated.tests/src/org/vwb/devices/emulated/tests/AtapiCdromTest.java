package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.storage.AtapiCdrom;
import org.vwb.devices.emulated.internal.storage.IdeDisk;
import org.vwb.testing.RegisterReplay;

class AtapiCdromTest extends EmulatedDeviceTest {

    @Override
    protected AtapiCdrom model() {
        return new AtapiCdrom();
    }

    @Test
    void idIsAtapiCdromsId() {
        assertEquals("cdrom", model().id());
    }

    @Test
    void cdromSendsTheTwelveByteCommandPacketThroughTheDataPort() {
        long dataWrites = model().issueSequence(true).stream()
                .filter(a -> a.write() && RegisterReplay.register(model(), a).name().equals("DATA")).count();
        assertEquals(6, dataWrites, "12-byte CDB in 16-bit words");
    }

    @Test
    void cdromCostsMoreExitsThanAnIdeDiskCommand() {
        assertTrue(RegisterReplay.trappingPerRequest(model(), true) > RegisterReplay.trappingPerRequest(new IdeDisk(), true));
    }
}
