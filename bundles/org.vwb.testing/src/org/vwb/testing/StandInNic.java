package org.vwb.testing;

import java.util.List;

import org.vwb.core.EmulatedDeviceModel;
import org.vwb.core.Register;
import org.vwb.core.RegisterAccess;
import org.vwb.core.RegisterState;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * An emulated NIC with the shape of a real one: the driver fills a descriptor in guest memory (no trap) and
 * rings a doorbell (trap, starts the transmission); the interrupt handler reads the status register (trap,
 * read-to-clear). So a request costs two exits, as on a DEC 21140.
 */
record StandInNic(String id) implements EmulatedDeviceModel {

    private static final int DESCRIPTOR = 0;
    private static final int DOORBELL = 1;
    private static final int STATUS = 2;

    @Override
    public DeviceKind kind() {
        return DeviceKind.NETWORK;
    }

    @Override
    public DeviceMode mode() {
        return DeviceMode.EMULATED;
    }

    @Override
    public String description() {
        return "stand-in emulated NIC";
    }

    @Override
    public String source() {
        return "tests";
    }

    @Override
    public int maxInFlight() {
        return 16;
    }

    @Override
    public List<Register> registers() {
        return List.of(new Register("DESC", 0x00, false, false, "transmit descriptor in guest memory"),
                new Register("DOORBELL", 0x08, true, false, "transmit poll demand"),
                new Register("STATUS", 0x10, true, false, "interrupt status, read to clear"));
    }

    @Override
    public List<RegisterAccess> issueSequence(boolean read) {
        return List.of(RegisterAccess.write(DESCRIPTOR, 1, "fill the descriptor"),
                RegisterAccess.write(DOORBELL, 1, "poll demand"));
    }

    @Override
    public List<RegisterAccess> interruptSequence() {
        return List.of(RegisterAccess.read(STATUS, "why the interrupt"));
    }

    @Override
    public AccessEffect emulate(RegisterState state, RegisterAccess access) {
        if (access.register() == DOORBELL && access.write()) {
            return AccessEffect.START_IO;
        }
        if (access.register() == STATUS && !access.write()) {
            state.set(STATUS, 0);
            return AccessEffect.ACKNOWLEDGE_INTERRUPT;
        }
        return AccessEffect.NONE;
    }

    @Override
    public void complete(RegisterState state) {
        state.raise(STATUS, 1);
    }
}
