package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.storage.Nvme;
import org.vwb.testing.RegisterReplay;

class NvmeTest extends EmulatedDeviceTest {

    @Override
    protected Nvme model() {
        return new Nvme();
    }

    @Test
    void idIsNvmesId() {
        assertEquals("nvme", model().id());
    }

    @Test
    void nvmeSubmitsACommandWithOneTailDoorbellWrite() {
        for (boolean read : new boolean[] { true, false }) {
            assertEquals("SQ1TDBL", startingRegister(read).name());
            assertEquals(1, RegisterReplay.trapping(model(), model().issueSequence(read)), "the entry is in RAM");
        }
    }

    @Test
    void nvmeHandlerReadsCompletionsFromRamAndTrapsOnlyOnTheHeadDoorbell() {
        assertEquals(1, RegisterReplay.trapping(model(), model().interruptSequence()));
        assertEquals("CQ1HDBL", acknowledgingRegister().name());
    }

    @Test
    void nvmeCostsTwoExitsPerRequest() {
        assertEquals(2, RegisterReplay.trappingPerRequest(model(), true));
        assertEquals(2, RegisterReplay.trappingPerRequest(model(), false));
    }

    @Test
    void nvmeHeadDoorbellWithNothingCompletedAcknowledgesNothing() {
        Nvme nvme = model();
        RegisterReplay replay = new RegisterReplay(nvme);
        RegisterAccess head = RegisterAccess.write(index("CQ1HDBL"), 1, "new head");
        assertEquals(AccessEffect.NONE, nvme.emulate(replay.state(), head));
    }

    @Test
    void nvmeCompletionQueueEntryLivesInGuestMemory() {
        assertFalse(model().registers().get(index("CQ_ENTRY")).trapping());
        assertFalse(model().registers().get(index("SQ_ENTRY")).trapping());
    }

    @Test
    void nvmeQueuesAsManyCommandsAsLinuxQueueDepthAllows() {
        assertEquals(1023, model().maxInFlight());
    }
}
