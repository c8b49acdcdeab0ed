package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.network.Vlance;
import org.vwb.testing.RegisterReplay;

class VlanceTest extends EmulatedDeviceTest {

    @Override
    protected Vlance model() {
        return new Vlance();
    }

    @Test
    void idIsVlancesId() {
        assertEquals("vlance", model().id());
    }

    @Test
    void vlanceAddressRegisterStaysInTheMonitor() {
        List<RegisterAccess> transmit = model().issueSequence(false);
        assertTrue(transmit.stream().map(a -> RegisterReplay.register(model(), a)).filter(r -> r.name().equals("RAP"))
                .allMatch(Register::monitorHandled));
        assertEquals(2, RegisterReplay.trapping(model(), transmit), "RAP and RDP both trap");
        assertEquals(1, RegisterReplay.exitsToEmulator(model(), transmit), "only RDP reaches the emulator");
    }

    @Test
    void vlanceTransmitDemandGoesThroughTheDataPort() {
        assertEquals("RDP", startingRegister(false).name());
    }

    @Test
    void vlanceWriteToAnotherCsrThroughTheDataPortDoesNotTouchCsr0() {
        Vlance vlance = new Vlance();
        RegisterReplay replay = new RegisterReplay(vlance);
        vlance.complete(replay.state());
        List<RegisterAccess> csr3Write = vlance.interruptSequence().subList(6, 8);
        assertEquals(List.of(AccessEffect.NONE, AccessEffect.NONE), replay.play(csr3Write));
    }
}
