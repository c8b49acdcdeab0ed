package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.devices.emulated.internal.network.Vlance;
import org.vwb.testing.RegisterReplay;

/**
 * The guest driver's version selects the vlance's access sequences: Linux 2.2's pcnet32 (the driver of the guest
 * Sugerman et al. measured, no NAPI) against today's.
 */
class VlanceDriverVersionTest {

    private static final Vlance TODAY = new Vlance();
    private static final EmulatedDeviceModel LINUX_2_2 = (EmulatedDeviceModel) TODAY.forDriver("linux-2.2");

    @Test
    void todaysDriverIsTheDefaultAndAnUnknownVersionIsRefused() {
        assertEquals(List.of("linux-6.1", "linux-2.2"), TODAY.driverVersions());
        assertSame(TODAY, TODAY.forDriver("linux-6.1"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TODAY.forDriver("linux-1.0"));
        assertTrue(refused.getMessage().contains("linux-2.2"), refused.getMessage());
        assertEquals("vlance", LINUX_2_2.id(), "the same device, driven by another driver");
    }

    @Test
    void bothTransmitTheSameWayOneTransmitDemandThroughTheDataPort() {
        assertEquals(RegisterReplay.trapping(TODAY, TODAY.issueSequence(false)),
                RegisterReplay.trapping(LINUX_2_2, LINUX_2_2.issueSequence(false)));
        assertEquals(1, RegisterReplay.exitsToEmulator(LINUX_2_2, LINUX_2_2.issueSequence(false)));
    }

    @Test
    void linux22ReceivesWithoutAPortAccessWhileTodaysDriverReArmsFromItsPoll() {
        assertEquals(0, RegisterReplay.trapping(LINUX_2_2, LINUX_2_2.issueSequence(true)));
        // pcnet32_poll: read and write CSR3, write CSR0: three CSR accesses, each an address and a data access
        assertEquals(6, RegisterReplay.trapping(TODAY, TODAY.issueSequence(true)));
    }

    @Test
    void linux22sHandlerLoopsOnCsr0AndReEnablesInOneWriteWithoutMaskingInCsr3() {
        // outw(0, RAP); inw(RDP); outw(csr0 & ~0x004f, RDP); inw(RDP); outw(0, RAP); outw(0x7940, RDP)
        assertEquals(6, RegisterReplay.trapping(LINUX_2_2, LINUX_2_2.interruptSequence()));
        assertEquals(4, RegisterReplay.exitsToEmulator(LINUX_2_2, LINUX_2_2.interruptSequence()));
        // read CSR0, acknowledge, read CSR3, mask in CSR3: four CSR accesses
        assertEquals(8, RegisterReplay.trapping(TODAY, TODAY.interruptSequence()));
        assertNotEquals(TODAY.interruptSequence(), LINUX_2_2.interruptSequence());
    }

    @Test
    void linux22sHandlerAcknowledgesClearsTheCausesAndStartsNothing() {
        RegisterReplay replay = new RegisterReplay(LINUX_2_2);
        LINUX_2_2.complete(replay.state());
        List<AccessEffect> effects = replay.play(LINUX_2_2.interruptSequence());
        assertTrue(effects.contains(AccessEffect.ACKNOWLEDGE_INTERRUPT), effects.toString());
        assertFalse(effects.contains(AccessEffect.START_IO), effects.toString());
        List<AccessEffect> again = new RegisterReplay(LINUX_2_2).play(LINUX_2_2.issueSequence(false));
        assertTrue(again.contains(AccessEffect.START_IO), "a transmit demand still starts the chip");
    }
}
