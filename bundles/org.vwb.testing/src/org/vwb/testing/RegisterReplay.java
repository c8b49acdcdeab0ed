package org.vwb.testing;

import java.util.List;
import java.util.function.Predicate;

import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;

/**
 * Plays an emulated device's access sequences against one register state, as the core does, so that tests can
 * state what a request costs in exits without an engine.
 */
public final class RegisterReplay {

    private final EmulatedDeviceModel model;
    private final RegisterState state;

    public RegisterReplay(EmulatedDeviceModel model) {
        this.model = model;
        this.state = new RegisterState(model.registers().size());
    }

    public RegisterState state() {
        return state;
    }

    /** Emulates each access in order; returns the effect of each. */
    public List<AccessEffect> play(List<RegisterAccess> accesses) {
        return accesses.stream().map(access -> model.emulate(state, access)).toList();
    }

    /** Issues one request, lets the device complete it and runs the interrupt handler: the effects of the handler. */
    public List<AccessEffect> roundTrip(boolean read) {
        play(model.issueSequence(read));
        model.complete(state);
        return play(model.interruptSequence());
    }

    /** Accesses of a sequence that exit to the emulator (trapping and not completed by the monitor). */
    public static long exitsToEmulator(EmulatedDeviceModel model, List<RegisterAccess> accesses) {
        return count(model, accesses, r -> r.trapping() && !r.monitorHandled());
    }

    /** Accesses of a sequence that trap at all, the monitor's included. */
    public static long trapping(EmulatedDeviceModel model, List<RegisterAccess> accesses) {
        return count(model, accesses, Register::trapping);
    }

    /** Trapping accesses to issue a request plus those of the interrupt handler. */
    public static long trappingPerRequest(EmulatedDeviceModel model, boolean read) {
        return trapping(model, model.issueSequence(read)) + trapping(model, model.interruptSequence());
    }

    /** The register an access names. */
    public static Register register(EmulatedDeviceModel model, RegisterAccess access) {
        return model.registers().get(access.register());
    }

    private static long count(EmulatedDeviceModel model, List<RegisterAccess> accesses, Predicate<Register> which) {
        return accesses.stream().map(access -> register(model, access)).filter(which).count();
    }
}
