package org.vwb.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;
import org.vwb.model.DeviceMode;

/**
 * What every {@link EmulatedDeviceModel} promises: a register file with at least one trapping register, access
 * sequences that name only its registers, one access that starts the device per request, and an interrupt
 * handler that acknowledges the interrupt and leaves the status it reads clear.
 */
public abstract class EmulatedDeviceModelContractTest extends DeviceModelContractTest {

    @Override
    protected abstract EmulatedDeviceModel model();

    @Test
    public final void modeIsEmulated() {
        assertEquals(DeviceMode.EMULATED, model().mode());
    }

    @Test
    public final void atLeastOneRegisterTraps() {
        assertTrue(model().registers().stream().anyMatch(r -> r.trapping()), "an emulated device traps somewhere");
    }

    @Test
    public final void everyAccessNamesAnExistingRegister() {
        EmulatedDeviceModel model = model();
        int size = model.registers().size();
        allSequences(model).forEach(access -> assertTrue(access.register() >= 0 && access.register() < size,
                access.purpose() + ": no register " + access.register()));
    }

    @Test
    public final void aReadIsStartedByExactlyOneAccess() {
        assertEquals(1, starts(true), "accesses returning START_IO in issueSequence(read)");
    }

    @Test
    public final void aWriteIsStartedByExactlyOneAccess() {
        assertEquals(1, starts(false), "accesses returning START_IO in issueSequence(write)");
    }

    @Test
    public final void theInterruptHandlerAcknowledgesTheInterrupt() {
        for (boolean read : new boolean[] { true, false }) {
            List<AccessEffect> effects = new RegisterReplay(model()).roundTrip(read);
            assertTrue(effects.contains(AccessEffect.ACKNOWLEDGE_INTERRUPT), "no ACKNOWLEDGE_INTERRUPT: " + effects);
            assertFalse(effects.contains(AccessEffect.START_IO), "the handler starts no I/O: " + effects);
        }
    }

    @Test
    public final void afterTheInterruptHandlerTheStatusItReadsIsClearAgain() {
        EmulatedDeviceModel model = model();
        RegisterReplay replay = new RegisterReplay(model);
        replay.play(model.issueSequence(true));
        int[] before = values(replay.state());
        model.complete(replay.state());
        int[] raised = IntStream.range(0, before.length).map(i -> replay.state().get(i) & ~before[i]).toArray();
        assertTrue(IntStream.of(raised).anyMatch(bits -> bits != 0), "complete() raises some status");
        replay.play(model.interruptSequence());
        model.interruptSequence().stream().filter(access -> !access.write()).mapToInt(RegisterAccess::register)
                .distinct().forEach(r -> assertEquals(0, replay.state().get(r) & raised[r],
                        "bits complete() raised in " + model.registers().get(r).name() + " are still set"));
    }

    @Test
    public final void noMethodThrows() {
        EmulatedDeviceModel model = model();
        assertDoesNotThrow(() -> {
            RegisterReplay replay = new RegisterReplay(model);
            for (int i = 0; i < 3; i++) {
                replay.roundTrip(i % 2 == 0);
            }
            model.registers().forEach(r -> r.name().length());
        });
    }

    private long starts(boolean read) {
        EmulatedDeviceModel model = model();
        return Collections.frequency(new RegisterReplay(model).play(model.issueSequence(read)), AccessEffect.START_IO);
    }

    private static List<RegisterAccess> allSequences(EmulatedDeviceModel model) {
        return java.util.stream.Stream.of(model.issueSequence(true), model.issueSequence(false),
                model.interruptSequence()).flatMap(List::stream).toList();
    }

    private static int[] values(RegisterState state) {
        return IntStream.range(0, state.size()).map(state::get).toArray();
    }
}
