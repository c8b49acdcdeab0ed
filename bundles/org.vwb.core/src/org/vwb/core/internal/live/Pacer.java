package org.vwb.core.internal.live;

import org.vwb.core.RunResult;
import org.vwb.core.Simulation;

/**
 * Drives a simulation on its own thread so that simulated time follows the wall clock times a speed factor (or
 * runs flat out), and pauses it. Between slices it waits at most one tick, and wakes at once when a change set or
 * a command arrives, so a change waits for no tick: the latency of a swap is the simulation's, not the pacer's.
 */
final class Pacer implements Runnable {

    private static final long TICK_MILLIS = 5;

    private final Simulation simulation;
    private final double speed;
    private final long slice;
    private boolean paused;
    private boolean woken;

    /**
     * @param speed simulated seconds per wall second; 0 = as fast as possible
     * @param slice simulated nanoseconds run at most between two looks at pause and stop when running flat out
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
            if (paused()) {
                simulation.advanceTo(simulation.now()); // performs queued actions without moving the clock
                waitTick();
                wallAnchor = System.nanoTime();
                simAnchor = simulation.now();
                continue;
            }
            long target = speed > 0 ? simAnchor + (long) ((System.nanoTime() - wallAnchor) * speed)
                    : simulation.now() + slice;
            simulation.advanceTo(Math.min(target, simulation.endNanos()));
            if (speed > 0 && simulation.snapshot().status() == RunResult.Status.RUNNING) {
                waitTick();
            }
        }
    }

    synchronized void pause(boolean pause) {
        paused = pause;
        wake();
    }

    synchronized boolean paused() {
        return paused;
    }

    /** Something is waiting for the next safe point: stop waiting for the tick. */
    synchronized void wake() {
        woken = true;
        notifyAll();
    }

    private synchronized void waitTick() {
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
