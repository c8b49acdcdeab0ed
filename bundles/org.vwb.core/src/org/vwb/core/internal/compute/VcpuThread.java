package org.vwb.core.internal.compute;

import org.vwb.core.internal.engine.CpuPool;
import org.vwb.core.internal.engine.Engine;
import org.vwb.core.internal.engine.Event;

/**
 * One vCPU's share of a CPU-bound job: it runs a time slice of guest work, with the ticks, IPIs and TLB misses
 * that work brings, on a host core, and queues for the next slice until its work is done. The time between
 * asking for a core and getting it is its ready time (with the time preempting work took from its slices).
 */
final class VcpuThread {

    private final ComputeJobRun job;
    private final Engine engine;
    private final CpuPool cpu;
    private final Event onCore = this::onCore;
    private final Event onSliceDone = this::sliceDone;
    private final long startedAt;
    private double remainingNanos;
    private double sliceGuestNanos;
    private long submittedAt;
    private long sliceNanos;
    private long finishedAt = -1;
    private long stoppedAt = -1;
    private boolean stopped;

    VcpuThread(ComputeJobRun job, Engine engine, CpuPool cpu, double guestNanos) {
        this.job = job;
        this.engine = engine;
        this.cpu = cpu;
        this.remainingNanos = guestNanos;
        this.startedAt = engine.now();
    }

    void start() {
        if (remainingNanos <= 0) {
            finishedAt = engine.now();
            return;
        }
        slice();
    }

    /** Takes no further slice (its VM went away); a slice running now still ends. */
    void stop() {
        stopped = true;
        if (finishedAt < 0 && stoppedAt < 0) {
            stoppedAt = engine.now();
        }
    }

    private void slice() {
        // as much guest work as fits in one slice together with the virtualization costs it brings
        double guest = Math.min(remainingNanos, job.guestNanosPerSlice());
        sliceGuestNanos = guest;
        double cycles = job.charge(guest);
        sliceNanos = cpu.jobNanos(cycles);
        submittedAt = engine.now();
        cpu.executeSlice(cycles, onCore, onSliceDone);
    }

    private void onCore() {
        job.onCore(true);
    }

    private void sliceDone() {
        long waited = engine.now() - submittedAt - sliceNanos;
        job.ran(sliceNanos, waited, sliceGuestNanos);
        remainingNanos -= sliceGuestNanos;
        boolean done = remainingNanos <= 0.5;
        if (done) {
            finishedAt = engine.now();
        }
        // after the finish is recorded: a vCPU free of the job opens its VM's gate for good
        job.onCore(false);
        if (!done && !stopped) {
            slice();
        }
    }

    boolean finished() {
        return finishedAt >= 0;
    }

    /** Nanoseconds from its start to its finish. */
    long completionNanos() {
        return finishedAt - startedAt;
    }

    /** Nanoseconds this vCPU has been runnable: from its start to its finish, to its VM's removal, or to now. */
    long elapsedNanos() {
        long end = finishedAt >= 0 ? finishedAt : stoppedAt >= 0 ? stoppedAt : engine.now();
        return end - startedAt;
    }
}
