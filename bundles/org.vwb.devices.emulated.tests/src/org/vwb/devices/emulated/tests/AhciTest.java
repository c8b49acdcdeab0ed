package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.storage.Ahci;
import org.vwb.testing.RegisterReplay;

class AhciTest extends EmulatedDeviceTest {

    @Override
    protected Ahci model() {
        return new Ahci();
    }

    @Test
    void idIsAhcisId() {
        assertEquals("ahci", model().id());
    }

    @Test
    void ahciIssuesACommandWithTheCommandIssueWrite() {
        assertEquals("PxCI", startingRegister(false).name());
        assertEquals(2, RegisterReplay.trapping(model(), model().issueSequence(false)), "PxSACT and PxCI");
    }

    @Test
    void ahciQueuesThirtyTwoCommands() {
        assertEquals(32, model().maxInFlight());
    }
}
