package org.vwb.core.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A register-level model of a real legacy device. The guest driver's accesses to issue a request and the guest
 * interrupt handler's accesses are the real sequences of the device's drivers; every access to a
 * {@link Register#trapping() trapping} register is a VM exit that the core routes to the emulator's context.
 * The model keeps the register state and says what each access sets in motion.
 *
 * @since 1.0
 */
@ConsumerType
public interface EmulatedDeviceModel extends DeviceModel {

    /** The device's registers; a {@link RegisterAccess} names one by its index in this list. */
    List<Register> registers();

    /** The accesses the guest driver makes to issue one request (a read when {@code read}, else a write). */
    List<RegisterAccess> issueSequence(boolean read);

    /** The accesses the guest's interrupt handler makes for one interrupt, however many requests it completes. */
    List<RegisterAccess> interruptSequence();

    /**
     * The accesses the guest's interrupt handler makes once per request it completes, before its
     * {@link #interruptSequence()}: a controller whose replies are popped from a FIFO one by one (LSI Fusion-MPT's
     * reply FIFO) costs a trapping read per completed I/O, not per interrupt. None by default.
     */
    default List<RegisterAccess> completionSequence() {
        return List.of();
    }

    /**
     * Whether the emulator moves the payload through a buffer of its own. A controller that describes the data by
     * a scatter-gather list in guest memory (LSI Logic's SGEs) lets the emulation hand the host's I/O the guest's
     * pages themselves, so no copy is paid; a NIC's frames always pass through the host's virtual switch.
     */
    default boolean copiesPayload() {
        return true;
    }

    /** Emulates one access on the device's registers and tells the core what it starts. */
    AccessEffect emulate(RegisterState state, RegisterAccess access);

    /** The device finished a request: set the status the interrupt handler will read. */
    void complete(RegisterState state);

    /** What an emulated register access sets in motion. */
    enum AccessEffect {
        /** Nothing beyond the register's new value. */
        NONE,
        /** The device starts processing the requests the guest has queued (transmit poll demand, a command). */
        START_IO,
        /** The guest acknowledged the interrupt: the line is lowered. */
        ACKNOWLEDGE_INTERRUPT
    }
}
