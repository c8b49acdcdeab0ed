package org.vwb.core.internal.engine;

import java.util.ArrayDeque;

/**
 * A counted resource with a FIFO of waiters: a VM's vCPUs. A guest phase holds a vCPU while it runs, including
 * while the vCPU is exited into the hypervisor or waits for a worker to emulate a register access.
 */
public final class Slots {

    private final ArrayDeque<Event> waiting = new ArrayDeque<>();
    private int free;

    public Slots(int count) {
        this.free = count;
    }

    /** Fires {@code then} now if a slot is free, else when one is released. */
    public void acquire(Event then) {
        if (free > 0) {
            free--;
            then.fire();
        } else {
            waiting.add(then);
        }
    }

    /** Takes a slot if one is free and nobody waits for one; says whether it did. */
    public boolean tryAcquire() {
        if (free > 0 && waiting.isEmpty()) {
            free--;
            return true;
        }
        return false;
    }

    public void release() {
        Event next = waiting.poll();
        if (next != null) {
            next.fire();
        } else {
            free++;
        }
    }
}
