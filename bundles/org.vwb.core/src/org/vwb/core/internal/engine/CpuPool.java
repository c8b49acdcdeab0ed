package org.vwb.core.internal.engine;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The host's physical cores: every context (guest, hypervisor, parent, worker, driver domain) runs its work on
 * them, first come first served, so queueing appears by itself when the host is loaded.
 */
public final class CpuPool {

    private final Engine engine;
    private final double cyclesPerNano;
    private final ArrayDeque<Job> waiting = new ArrayDeque<>();
    private int idleCores;
    private final int cores;
    private double busyNanos;
    private Job[] spares = new Job[64];
    private int spare;

    public CpuPool(Engine engine, int cores, double clockGHz) {
        this.engine = engine;
        this.cores = cores;
        this.idleCores = cores;
        this.cyclesPerNano = clockGHz;
    }

    public int cores() {
        return cores;
    }

    public double clockGHz() {
        return cyclesPerNano;
    }

    /** Nanoseconds the given cycles take on one core. */
    public double nanos(double cycles) {
        return cycles / cyclesPerNano;
    }

    /** Core-nanoseconds of work started so far. */
    public double busyNanos() {
        return busyNanos;
    }

    /** Jobs waiting for a core. */
    public int queued() {
        return waiting.size();
    }

    /** Runs {@code cycles} of work on the next free core, then fires {@code then}. */
    public void execute(double cycles, Event then) {
        execute(cycles, null, null, then);
    }

    /**
     * Runs {@code cycles} of work on the next free core for a context that holds one of its own processors
     * ({@code held}, already acquired), releases it when the work is done, then fires {@code then}.
     */
    public void execute(double cycles, Slots held, Event then) {
        execute(cycles, held, null, then);
    }

    /**
     * The same for work that holds two contexts' processors (a worker thread and a vCPU of its partition): when
     * it is done, {@code held} is released first, then {@code alsoHeld}, then {@code then} fires.
     */
    public void execute(double cycles, Slots held, Slots alsoHeld, Event then) {
        Job job = spare == 0 ? new Job() : spares[--spare];
        job.nanos = Math.max(1L, Math.round(cycles / cyclesPerNano));
        job.held = held;
        job.alsoHeld = alsoHeld;
        job.then = then;
        if (idleCores > 0) {
            idleCores--;
            start(job);
        } else {
            waiting.add(job);
        }
    }

    private void start(Job job) {
        busyNanos += job.nanos;
        engine.schedule(job.nanos, job);
    }

    /**
     * A piece of work on a core, reused once done: every CPU phase of every request is one, so allocating each
     * anew was the largest share of a run's garbage. At most one per core and per waiting phase is ever live.
     */
    private final class Job implements Event {
        private long nanos;
        private Slots held;
        private Slots alsoHeld;
        private Event then;

        @Override
        public void fire() {
            Slots first = held;
            Slots second = alsoHeld;
            Event next = then;
            held = null;
            alsoHeld = null;
            then = null;
            if (spare == spares.length) {
                spares = Arrays.copyOf(spares, spare * 2);
            }
            spares[spare++] = this;
            Job queued = waiting.poll();
            if (queued != null) {
                start(queued);
            } else {
                idleCores++;
            }
            if (first != null) {
                first.release();
            }
            if (second != null) {
                second.release();
            }
            next.fire();
        }
    }
}
