package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.network.Ne2kPci;
import org.vwb.devices.emulated.internal.network.Rtl8139;
import org.vwb.testing.RegisterReplay;

class Ne2kPciTest extends EmulatedDeviceTest {

    @Override
    protected Ne2kPci model() {
        return new Ne2kPci();
    }

    @Test
    void idIsNe2kPcisId() {
        assertEquals("ne2k_pci", model().id());
    }

    @Test
    void ne2kPciTransmitStartsWithTheTransmitPacketCommand() {
        assertEquals("CR", startingRegister(false).name());
    }

    @Test
    void ne2kPciReceiveStartsWhenTheBoundaryFreesRingSpace() {
        assertEquals("BNRY", startingRegister(true).name());
    }

    @Test
    void ne2kPciPushesTheWholeFrameThroughTheDataPortOneExitPerDoubleword() {
        long dataWrites = accessesTo("DATA", model().issueSequence(false));
        assertEquals(1514 / 4 + 1, dataWrites, "rep outsl of 378 doublewords and one outw");
    }

    @Test
    void ne2kPciReadsTheFrameInKvmReadAheadChunks() {
        long dataReads = accessesTo("DATA", model().issueSequence(true));
        assertEquals(1 + 2 + 1, dataReads, "header inl, two 1 KiB rep insl chunks, last inw");
    }

    @Test
    void ne2kPciEveryAccessTrapsBecauseTheCardHasNoDescriptorsInRam() {
        for (boolean read : new boolean[] { true, false }) {
            List<RegisterAccess> issue = model().issueSequence(read);
            assertEquals(issue.size(), RegisterReplay.trapping(model(), issue));
        }
    }

    @Test
    void ne2kPciTransmitCostsFarMoreExitsThanRtl8139() {
        assertTrue(RegisterReplay.trappingPerRequest(model(), false) > 50
                * RegisterReplay.trappingPerRequest(new Rtl8139(), false));
    }

    @Test
    void ne2kPciHandlerAcknowledgesThePacketTransmittedBitInIsr() {
        assertEquals("ISR", acknowledgingRegister().name());
    }

    @Test
    void ne2kPciRemoteDmaAcknowledgementDoesNotLowerTheTransmitInterrupt() {
        Ne2kPci ne2k = model();
        RegisterReplay replay = new RegisterReplay(ne2k);
        ne2k.complete(replay.state());
        RegisterAccess rdcAck = RegisterAccess.write(index("ISR"), 0x40, "acknowledge remote DMA complete");
        assertEquals(AccessEffect.NONE, ne2k.emulate(replay.state(), rdcAck));
    }

    private long accessesTo(String register, List<RegisterAccess> accesses) {
        int index = index(register);
        return accesses.stream().filter(access -> access.register() == index).count();
    }
}
