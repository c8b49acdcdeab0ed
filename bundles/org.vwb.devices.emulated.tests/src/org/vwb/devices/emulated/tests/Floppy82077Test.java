package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.storage.Floppy82077;
import org.vwb.testing.RegisterReplay;

class Floppy82077Test extends EmulatedDeviceTest {

    @Override
    protected Floppy82077 model() {
        return new Floppy82077();
    }

    @Test
    void idIsFloppy82077sId() {
        assertEquals("floppy", model().id());
    }

    @Test
    void floppyReadIsDozensOfPortAccesses() {
        assertTrue(RegisterReplay.trappingPerRequest(model(), true) > 40);
    }

    @Test
    void floppyStartsAfterTheNinthCommandByte() {
        List<AccessEffect> effects = new RegisterReplay(model()).play(model().issueSequence(true));
        assertEquals(effects.size() - 1, effects.indexOf(AccessEffect.START_IO));
    }

    @Test
    void floppyDescriptionNamesTheVenomAttackSurface() {
        assertTrue(model().description().contains("CVE-2015-3456"));
    }
}
