package org.vwb.devices.emulated;

import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;

/**
 * What one access to a register does to the device's state and what it sets in motion. Real devices use a handful
 * of idioms, each a factory here, so that a device model states its datasheet rather than re-implementing it.
 */
@FunctionalInterface
public interface RegisterBehaviour {

    /**
     * Applies one access.
     *
     * @param state    the device instance's register values
     * @param register the index of the accessed register in its {@link RegisterMap}
     * @param access   the access
     */
    AccessEffect apply(RegisterState state, int register, RegisterAccess access);

    /** Plain storage: a write keeps its value, a read changes nothing (addresses, counts, mask registers). */
    static RegisterBehaviour storage() {
        return (state, register, access) -> {
            if (access.write()) {
                state.set(register, access.value());
            }
            return AccessEffect.NONE;
        };
    }

    /** A doorbell: any write starts the device (a transmit tail, a command issue, a request FIFO). */
    static RegisterBehaviour doorbell() {
        return (state, register, access) -> {
            if (!access.write()) {
                return AccessEffect.NONE;
            }
            state.set(register, access.value());
            return AccessEffect.START_IO;
        };
    }

    /**
     * A command register whose written value starts the device when it carries any of {@code bits} (a DMA start
     * bit, a transmit demand bit); other writes only change control bits.
     */
    static RegisterBehaviour startsOn(int bits) {
        return (state, register, access) -> access.write() && (access.value() & bits) != 0
                ? AccessEffect.START_IO
                : AccessEffect.NONE;
    }

    /**
     * Status bits that a write of one clears (Tulip CSR5, RTL8139 ISR, AHCI PxIS). When {@code lowersLine}, clearing
     * a pending bit is what lowers the interrupt line; otherwise it only tidies a latched copy.
     */
    static RegisterBehaviour writeOneToClear(int bits, boolean lowersLine) {
        return (state, register, access) -> access.write()
                ? clear(state, register, access.value() & bits, lowersLine)
                : AccessEffect.NONE;
    }

    /** Status bits that reading clears (e1000 ICR; the ATA Status register clearing INTRQ). */
    static RegisterBehaviour readToClear(int bits, boolean lowersLine) {
        return (state, register, access) -> access.write()
                ? AccessEffect.NONE
                : clear(state, register, bits, lowersLine);
    }

    /** A write carrying {@code trigger} bits clears {@code bits} of another register (an interrupt-reset bit). */
    static RegisterBehaviour clearsOnWrite(int target, int trigger, int bits) {
        return (state, register, access) -> access.write() && (access.value() & trigger) != 0
                ? clear(state, target, bits, true)
                : AccessEffect.NONE;
    }

    /** A read clears {@code bits} of another register (a FIFO read popping the pending result or reply). */
    static RegisterBehaviour clearsOnRead(int target, int bits) {
        return (state, register, access) -> access.write() ? AccessEffect.NONE : clear(state, target, bits, true);
    }

    /**
     * A command FIFO that starts the device once a command's {@code bytes} bytes are written (the i82077 starts READ
     * DATA after its ninth byte). The register's own value counts the bytes received so far.
     */
    static RegisterBehaviour startsAfterBytes(int bytes) {
        return (state, register, access) -> {
            if (!access.write()) {
                return AccessEffect.NONE;
            }
            int received = state.get(register) + 1;
            state.set(register, received == bytes ? 0 : received);
            return received == bytes ? AccessEffect.START_IO : AccessEffect.NONE;
        };
    }

    /**
     * Applies {@code behaviour} only while the index register {@code selector} holds {@code value}: a data port
     * that reaches whichever internal register an address port selected (the PCnet RDP behind RAP). Accesses to
     * other internal registers still trap but change nothing the model tracks.
     */
    static RegisterBehaviour whenSelected(int selector, int value, RegisterBehaviour behaviour) {
        return (state, register, access) -> state.get(selector) == value
                ? behaviour.apply(state, register, access)
                : AccessEffect.NONE;
    }

    /** Both behaviours apply, in order; the first effect other than {@code NONE} is the access's effect. */
    default RegisterBehaviour and(RegisterBehaviour next) {
        return (state, register, access) -> {
            AccessEffect first = apply(state, register, access);
            AccessEffect second = next.apply(state, register, access);
            return first != AccessEffect.NONE ? first : second;
        };
    }

    private static AccessEffect clear(RegisterState state, int register, int bits, boolean lowersLine) {
        boolean pending = (state.get(register) & bits) != 0;
        state.clear(register, bits);
        return pending && lowersLine ? AccessEffect.ACKNOWLEDGE_INTERRUPT : AccessEffect.NONE;
    }
}
