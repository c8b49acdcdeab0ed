package org.vwb.core.internal.plugins;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the thread that owns this slot is asking a plugin right now, and how many questions it has asked. The
 * owner writes with opaque stores (plain moves on x86, never held back in a register), a watchdog reads: a call
 * that stays the same while the count does not move has not returned.
 */
final class CallSlot {

    private static final ThreadLocal<CallSlot> SLOTS = new ThreadLocal<>();

    private final AtomicLong calls = new AtomicLong();
    private final AtomicReference<Call> current = new AtomicReference<>();
    private final Thread owner;

    private CallSlot(Thread owner) {
        this.owner = owner;
    }

    /** The slot of the calling thread, or null when no one watches it. */
    static CallSlot current() {
        return SLOTS.get();
    }

    /** Gives the calling thread a slot (a watched thread, for the time of one task). */
    static CallSlot install() {
        CallSlot slot = new CallSlot(Thread.currentThread());
        SLOTS.set(slot);
        return slot;
    }

    static void uninstall() {
        SLOTS.remove();
    }

    /** Marks the start of a call; returns the call it interrupts (a plugin calling back into the core), if any. */
    Call enter(Call call) {
        Call previous = current.getPlain();
        calls.setOpaque(calls.getPlain() + 1);
        current.setOpaque(call);
        return previous;
    }

    void exit(Call previous) {
        current.setOpaque(previous);
    }

    long calls() {
        return calls.getOpaque();
    }

    Call call() {
        return current.getOpaque();
    }

    Thread owner() {
        return owner;
    }
}
