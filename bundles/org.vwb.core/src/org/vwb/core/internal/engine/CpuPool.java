package org.vwb.core.internal.engine;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The host's physical cores: every context (guest, hypervisor, parent, worker, driver domain) runs its work on
 * them, first come first served, so queueing appears by itself when the host is loaded.
 * <p>
 * CPU-bound vCPUs run in time slices ({@link #executeSlice}) that wait in a queue of their own, served round
 * robin: equal shares, as a proportional-share scheduler gives vCPUs of equal weight. Work that woke up for an
 * event (every I/O phase, in any context) does not wait for a slice: it takes the core of a running slice at once,
 * as Xen's credit scheduler boosts a vCPU woken by an event and preempts the running one for it (Ongaro, Cox,
 * Rixner, "Scheduling I/O in Virtual Machine Monitors", VEE 2008: the credit scheduler's BOOST), and the next
 * slice to start pays the time it took. A vCPU that is itself CPU-bound is never woken: its VM's I/O waits until
 * it runs again (see {@link Slots#gate}), which is how compute load raises I/O latency.
 */
public final class CpuPool {

    private final Engine engine;
    private final double cyclesPerNano;
    private final ArrayDeque<Job> waiting = new ArrayDeque<>();
    private final ArrayDeque<Job> slices = new ArrayDeque<>();
    private static final byte WORK = 0;
    private static final byte SLICE = 1;
    private static final byte PREEMPTING = 2;
    private int runningSlices;
    private int preempting;
    private long stolenNanos;
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
        return waiting.size() + slices.size();
    }

    /** Nanoseconds a job of {@code cycles} holds its core, as {@link #execute} rounds them. */
    public long jobNanos(double cycles) {
        return Math.max(1L, Math.round(cycles / cyclesPerNano));
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
        Job job = job(cycles, held, alsoHeld, then);
        if (idleCores > 0) {
            idleCores--;
            start(job);
        } else if (preempting < runningSlices) {
            // a woken context preempts a CPU-bound vCPU's slice; the slices pay for the time it takes
            job.kind = PREEMPTING;
            preempting++;
            stolenNanos += job.nanos;
            start(job);
        } else {
            waiting.add(job);
        }
    }

    /**
     * Runs one time slice of a CPU-bound vCPU: on a free core at once, else behind the slices already waiting and
     * behind every other job; {@code started} fires (as an event of its own) when it gets its core, {@code then}
     * when it ends. Its core time is {@link #jobNanos} plus whatever preempting work took since the last slice
     * started.
     */
    public void executeSlice(double cycles, Event started, Event then) {
        Job job = job(cycles, null, null, then);
        job.kind = SLICE;
        job.started = started;
        if (idleCores > 0) {
            idleCores--;
            start(job);
        } else {
            slices.add(job);
        }
    }

    private Job job(double cycles, Slots held, Slots alsoHeld, Event then) {
        Job job = spare == 0 ? new Job() : spares[--spare];
        job.nanos = jobNanos(cycles);
        job.held = held;
        job.alsoHeld = alsoHeld;
        job.then = then;
        job.kind = WORK;
        return job;
    }

    private void start(Job job) {
        busyNanos += job.nanos;
        if (job.kind == SLICE) {
            runningSlices++;
            long stolen = stolenNanos;
            stolenNanos = 0;
            engine.schedule(job.nanos + stolen, job);
            engine.schedule(0, job.started);
            job.started = null;
            return;
        }
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
        private byte kind;
        private Event started;

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
            if (kind == PREEMPTING) {
                // the core goes back to the slice it interrupted
                preempting--;
            } else {
                if (kind == SLICE) {
                    runningSlices--;
                }
                handOver();
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

    /** A core has become free: the next waiting work takes it, else the next waiting slice, else it idles. */
    private void handOver() {
        Job queued = waiting.poll();
        if (queued == null) {
            queued = slices.poll();
        }
        if (queued != null) {
            start(queued);
        } else {
            idleCores++;
        }
    }
}
