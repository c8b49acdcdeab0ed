package org.vwb.core.internal.engine;

import java.util.ArrayDeque;

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
        execute(cycles, null, then);
    }

    /**
     * Runs {@code cycles} of work on the next free core for a context that holds one of its own processors
     * ({@code held}, already acquired), releases it when the work is done, then fires {@code then}.
     */
    public void execute(double cycles, Slots held, Event then) {
        Job job = new Job(Math.max(1L, Math.round(cycles / cyclesPerNano)), held, then);
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

    private final class Job implements Event {
        private final long nanos;
        private final Slots held;
        private final Event then;

        Job(long nanos, Slots held, Event then) {
            this.nanos = nanos;
            this.held = held;
            this.then = then;
        }

        @Override
        public void fire() {
            Job next = waiting.poll();
            if (next != null) {
                start(next);
            } else {
                idleCores++;
            }
            if (held != null) {
                held.release();
            }
            then.fire();
        }
    }
}
