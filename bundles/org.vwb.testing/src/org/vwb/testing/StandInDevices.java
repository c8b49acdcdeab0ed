package org.vwb.testing;

import java.util.List;

import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;
import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/** The device models of {@link StandInPlugins}: one emulated and one synthetic shape, under any id and kind. */
final class StandInDevices {

    /** What a test asks for. */
    record Spec(String id, DeviceKind kind, DeviceMode mode) {
    }

    private StandInDevices() {
    }

    static DeviceModel of(Spec spec) {
        return spec.mode() == DeviceMode.SYNTHETIC ? new Ring(spec) : new Doorbell(spec);
    }

    /** The parts every stand-in device model shares. */
    private abstract static class Base implements DeviceModel {
        private final Spec spec;

        Base(Spec spec) {
            this.spec = spec;
        }

        @Override
        public String id() {
            return spec.id();
        }

        @Override
        public DeviceKind kind() {
            return spec.kind();
        }

        @Override
        public DeviceMode mode() {
            return spec.mode();
        }

        @Override
        public String description() {
            return "stand-in " + spec.mode().getLiteral().toLowerCase() + " " + spec.kind().getLiteral().toLowerCase();
        }

        @Override
        public String source() {
            return "org.vwb.testing stand-in";
        }
    }

    /**
     * Emulated: the request is described in guest memory (no trap), started by a doorbell register (trap) and
     * acknowledged by reading a status register that clears on read (trap).
     */
    private static final class Doorbell extends Base implements EmulatedDeviceModel {
        private static final int DOORBELL = 1;
        private static final int STATUS = 2;

        Doorbell(Spec spec) {
            super(spec);
        }

        @Override
        public int maxInFlight() {
            return 8;
        }

        @Override
        public List<Register> registers() {
            return List.of(new Register("DESCRIPTOR", 0, false, false, "request descriptor in guest memory"),
                    new Register("DOORBELL", 8, true, false, "starts the request"),
                    new Register("STATUS", 16, true, false, "completion status, cleared by reading"));
        }

        @Override
        public List<RegisterAccess> issueSequence(boolean read) {
            return List.of(RegisterAccess.write(0, 1, "describe request"),
                    RegisterAccess.write(DOORBELL, 1, "ring doorbell"));
        }

        @Override
        public List<RegisterAccess> interruptSequence() {
            return List.of(RegisterAccess.read(STATUS, "read status"));
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

    /** Synthetic: a shared-memory ring of 256 slots that batches notifications. */
    private static final class Ring extends Base implements SyntheticDeviceModel {
        Ring(Spec spec) {
            super(spec);
        }

        @Override
        public int maxInFlight() {
            return 256;
        }

        @Override
        public int ringSlots() {
            return 256;
        }

        @Override
        public int descriptorBytes() {
            return 16;
        }

        @Override
        public boolean copiesPayload() {
            return true;
        }

        @Override
        public boolean suppressesNotifications() {
            return true;
        }
    }
}
