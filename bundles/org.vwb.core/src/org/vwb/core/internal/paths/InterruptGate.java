package org.vwb.core.internal.paths;

import org.vwb.core.api.InterruptModeration;
import org.vwb.core.internal.engine.Engine;
import org.vwb.core.internal.engine.Event;

/**
 * The stage between a device that has an interrupt due and the hypervisor that injects it: the device's
 * {@link InterruptModeration} says whether it goes out now (the caller injects it as it did without moderation),
 * after a delay (one timer at a time: completions meanwhile ride on it; the timer then delivers) or with a later
 * completion, which asks again. Without moderation every interrupt goes out at once.
 */
final class InterruptGate {

    private final Engine engine;
    private final InterruptModeration policy;
    private final Runnable deliver;
    private final java.util.function.Consumer<RuntimeException> failed;
    private final Event onTimer = this::timerFired; // one per gate, not per held interrupt
    private long lastInterrupt = Long.MIN_VALUE;
    private boolean timerSet;

    /**
     * @param deliver raises a held interrupt when its timer fires: the caller's injection and handler
     * @param failed  told when the policy throws or would strand completions: the device fails, not the engine
     */
    InterruptGate(Engine engine, InterruptModeration policy, Runnable deliver,
            java.util.function.Consumer<RuntimeException> failed) {
        this.engine = engine;
        this.policy = policy;
        this.deliver = deliver;
        this.failed = failed;
    }

    /**
     * An interrupt is due: {@code pending} completions wait for the guest, {@code inDevice} requests are still in the
     * device. True: it goes out now, and the caller injects it. False: it is held (on the timer, or until the next
     * completion asks again), or the policy failed the device.
     */
    boolean due(int pending, int inDevice) {
        if (timerSet) {
            return false;
        }
        long hold;
        try {
            hold = policy.holdNanos(engine.now(), lastInterrupt, pending, inDevice);
        } catch (RuntimeException e) {
            failed.accept(e);
            return false;
        }
        if (hold <= 0) {
            lastInterrupt = engine.now();
            return true;
        }
        if (hold != InterruptModeration.UNTIL_NEXT_COMPLETION) {
            timerSet = true;
            engine.schedule(hold, onTimer);
        } else if (inDevice == 0) {
            // a policy that waits for a completion when none can come would strand the guest's completions
            failed.accept(new IllegalStateException(
                    "interrupt moderation waits for a completion with none in the device"));
        }
        return false;
    }

    /** Reads what {@link #due} will: see {@link org.vwb.core.internal.engine.Event#touch}. */
    long touch() {
        return lastInterrupt + (timerSet ? 1 : 0);
    }

    private void timerFired() {
        timerSet = false;
        lastInterrupt = engine.now();
        deliver.run();
    }
}
