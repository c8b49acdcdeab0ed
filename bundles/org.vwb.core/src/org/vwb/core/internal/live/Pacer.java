package org.vwb.core.internal.live;

import java.util.concurrent.locks.LockSupport;

import org.vwb.core.RunResult;
import org.vwb.core.Simulation;

/**
 * Drives a simulation on its own thread so that simulated time follows the wall clock times a speed factor (or
 * runs flat out), changes that factor at once, and pauses it. Between slices it waits at most one tick, and wakes
 * at once when a change set or a command arrives, so a change waits for no tick: the latency of a swap is the
 * simulation's, not the pacer's.
 */
final class Pacer implements Runnable {

    private static final long TICK_MILLIS = 5;
    /** How long to wait between slices while a change set waits for its verdict. */
    private static final long HURRY_NANOS = 500_000;

    private final Simulation simulation;
    private final long slice;
    private double speed;
    /** The speed changed: measure simulated time against the wall clock afresh from where both stand. */
    private boolean reanchor;
    private boolean paused;
    private boolean woken;
    private volatile boolean awaitingVerdict;

    /**
     * @param speed simulated seconds per wall second; 0 = as fast as possible
     * @param slice simulated nanoseconds run at most between two looks at pace, pause and stop
     */
    Pacer(Simulation simulation, double speed, long slice) {
        this.simulation = simulation;
        this.speed = speed;
        this.slice = Math.max(1, slice);
    }

    @Override
    public void run() {
        long wallAnchor = System.nanoTime();
        long simAnchor = simulation.now();
        while (simulation.snapshot().status() == RunResult.Status.RUNNING) {
            double pace;
            boolean changed;
            synchronized (this) { // both at once: a new pace must never meet the old anchors
                pace = speed;
                changed = reanchor;
                reanchor = false;
            }
            if (changed) {
                wallAnchor = System.nanoTime();
                simAnchor = simulation.now();
            }
            if (paused()) {
                simulation.advanceTo(simulation.now()); // performs queued actions without moving the clock
                waitWholeTick(); // a change waiting for a drain waits for the resume: no need to look sooner
                wallAnchor = System.nanoTime();
                simAnchor = simulation.now();
                continue;
            }
            long paced = pace > 0 ? simAnchor + (long) ((System.nanoTime() - wallAnchor) * pace) : Long.MAX_VALUE;
            // one slice at most per look: a pace change, a pause or a stop is taken within a slice even when the
            // simulation cannot keep up with its pace (each look would otherwise reach further ahead)
            long target = Math.min(paced, simulation.now() + slice);
            if (awaitingVerdict) {
                simulation.advance(Math.min(target, simulation.endNanos())); // every 0.5 ms: no figures each time
            } else {
                simulation.advanceTo(Math.min(target, simulation.endNanos()));
            }
            if (target == paced && simulation.snapshot().status() == RunResult.Status.RUNNING) {
                waitTick(); // caught up with the wall clock: nothing to do before the next tick
            }
        }
    }

    synchronized double speed() {
        return speed;
    }

    /** A new pace from the next look on; wakes the pacer so that a slow pace's tick is not waited out. */
    synchronized void speed(double newSpeed) {
        speed = newSpeed;
        reanchor = true;
        wake();
    }

    synchronized void pause(boolean pause) {
        paused = pause;
        wake();
    }

    synchronized boolean paused() {
        return paused;
    }

    /**
     * A change set was submitted ({@code true}, which also wakes the pacer) or has its verdict. Meanwhile the
     * pacer looks again every {@value #HURRY_NANOS} ns instead of every tick: a change whose devices still have
     * requests in flight waits for them to drain, which at a paced speed takes simulated time, and so wall time;
     * sleeping a whole tick on top would add up to {@value #TICK_MILLIS} ms to the change's latency.
     */
    void awaitVerdict(boolean waiting) {
        awaitingVerdict = waiting;
        if (waiting) {
            wake();
        }
    }

    /** Something is waiting for the next safe point: stop waiting for the tick. */
    synchronized void wake() {
        woken = true;
        notifyAll();
    }

    private void waitTick() {
        if (awaitingVerdict) {
            LockSupport.parkNanos(HURRY_NANOS);
            return;
        }
        waitWholeTick();
    }

    private synchronized void waitWholeTick() {
        if (!woken) {
            try {
                wait(TICK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                simulation.stop();
            }
        }
        woken = false;
    }
}
