package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.network.E1000;
import org.vwb.testing.RegisterReplay;

class E1000Test extends EmulatedDeviceTest {

    @Override
    protected E1000 model() {
        return new E1000();
    }

    @Test
    void idIsE1000sId() {
        assertEquals("e1000", model().id());
    }

    @Test
    void e1000InterruptCauseIsClearedByReading() {
        RegisterReplay replay = new RegisterReplay(model());
        model().complete(replay.state());
        int icr = index("ICR");
        assertEquals(AccessEffect.ACKNOWLEDGE_INTERRUPT, model().emulate(replay.state(), RegisterAccess.read(icr, "")));
        assertEquals(0, replay.state().get(icr));
    }

    @Test
    void e1000TransmitWritesOnlyTheTailRegister() {
        assertEquals("TDT", startingRegister(false).name());
        assertEquals("RDT", startingRegister(true).name());
        assertEquals(1, RegisterReplay.trapping(model(), model().issueSequence(false)));
    }
}
