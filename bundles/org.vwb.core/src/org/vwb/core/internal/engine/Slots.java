package org.vwb.core.internal.engine;

import java.util.ArrayDeque;

/**
 * A counted resource with a FIFO of waiters: a VM's vCPUs. A guest phase holds a vCPU while it runs, including
 * while the vCPU is exited into the hypervisor or waits for a worker to emulate a register access. A VM whose
 * vCPUs run a CPU-bound job has a {@link #gate}: its guest phases start only while one of its vCPUs is on a core.
 */
public final class Slots {

    private final ArrayDeque<Event> waiting = new ArrayDeque<>();
    // how many wait, kept beside free: most releases find nobody waiting, and a run with thousands of VMs is bound
    // by cache misses, so the common case should not have to touch the queue's object and array at all
    private int queued;
    private int free;
    private Gate gate;

    /**
     * When a VM's vCPUs may run its guest phases: while a CPU-bound vCPU is on a core, the guest handles its I/O
     * at once (its kernel preempts the job); while they all wait for a core, a descheduled vCPU handles nothing
     * until the scheduler runs it again.
     */
    public interface Gate {
        /** Whether a vCPU of the VM is on a core (or free of the job) now. */
        boolean open();

        /** Fires {@code then} when a vCPU of the VM next gets a core. */
        void whenOpen(Event then);
    }

    /** Puts a gate on these vCPUs, or takes it away ({@code null}). */
    public void gate(Gate next) {
        this.gate = next;
    }

    public Slots(int count) {
        this.free = count;
    }

    /** Fires {@code then} now if a slot is free, else when one is released. */
    public void acquire(Event then) {
        if (gate != null && !gate.open()) {
            gate.whenOpen(() -> acquire(then));
            return;
        }
        if (free > 0) {
            free--;
            then.fire();
        } else {
            waiting.add(then);
            queued++;
        }
    }

    /** Takes a slot if one is free and nobody waits for one; says whether it did. */
    public boolean tryAcquire() {
        if (free > 0 && queued == 0 && (gate == null || gate.open())) {
            free--;
            return true;
        }
        return false;
    }

    /** Reads what {@link #acquire} and {@link #release} will: see {@link Event#touch}. */
    public long touch() {
        return free + queued;
    }

    public void release() {
        if (queued == 0) {
            free++;
            return;
        }
        queued--;
        waiting.poll().fire();
    }
}
