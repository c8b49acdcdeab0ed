package org.vwb.core.internal.plugins;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the thread that owns this slot is asking a plugin right now, and how many questions it has asked. The
 * owner writes with opaque stores (plain moves on x86, never held back in a register), a watchdog reads: a call
 * that stays the same while the count does not move has not returned.
 */
final class CallSlot {

    /**
     * The threads that run watched work: each carries its slot in a field, which a plugin call reads for the price
     * of {@code Thread.currentThread()} and a type check (a {@link ThreadLocal} look-up cost a hash probe on
     * every trapped register access).
     */
    static final class WatchedThread extends Thread {
        private CallSlot slot;

        WatchedThread(Runnable task, String name) {
            super(task, name);
            setDaemon(true);
        }
    }

    private final AtomicLong calls = new AtomicLong();
    private final AtomicReference<Call> current = new AtomicReference<>();
    private final Thread owner;

    private CallSlot(Thread owner) {
        this.owner = owner;
    }

    /** The slot of the calling thread, or null when no one watches it. */
    static CallSlot current() {
        return Thread.currentThread() instanceof WatchedThread watched ? watched.slot : null;
    }

    /** Gives the calling thread, one of {@link Bounded}'s, a slot for the time of one task. */
    static CallSlot install() {
        WatchedThread thread = (WatchedThread) Thread.currentThread();
        thread.slot = new CallSlot(thread);
        return thread.slot;
    }

    static void uninstall() {
        ((WatchedThread) Thread.currentThread()).slot = null;
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
