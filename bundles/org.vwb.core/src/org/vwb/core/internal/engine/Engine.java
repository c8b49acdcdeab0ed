package org.vwb.core.internal.engine;

/**
 * The simulation clock and its event loop. Single-threaded: only the thread that drives {@link #runUntil} touches
 * it. Events at the same instant fire in the order they were scheduled.
 */
public final class Engine {

    private final EventQueue queue = new EventQueue();
    private long now;
    private long processed;
    private long pendingSum;

    public long now() {
        return now;
    }

    /** Events fired so far. */
    public long processed() {
        return processed;
    }

    public int pending() {
        return queue.size();
    }

    /** Events pending on average when one fired: what a yardstick event loop must carry to be comparable. */
    public double meanPending() {
        return processed == 0 ? 0 : (double) pendingSum / processed;
    }

    /** Schedules an event {@code delayNanos} from now (0 = later at this same instant). */
    public void schedule(long delayNanos, Event event) {
        queue.add(now + Math.max(0, delayNanos), event);
    }

    /**
     * Schedules an event expected long after most pending ones, such as a workload's next arrival: kept apart
     * from the near-future completions (see {@link EventQueue}); fires in the same order as {@link #schedule}.
     */
    public void scheduleFar(long delayNanos, FarEvent event) {
        queue.addFar(now + Math.max(0, delayNanos), event);
    }

    /** Schedules an event at an absolute simulated time, not before now. */
    public void scheduleAt(long time, Event event) {
        queue.add(Math.max(now, time), event);
    }

    /**
     * Fires events up to and including {@code until}, or until {@code stop} says so between events (a safe point);
     * the clock then stands at {@code until} (or at the stop).
     */
    public void runUntil(long until, java.util.function.BooleanSupplier stop) {
        while (!queue.isEmpty() && queue.peekTime() <= until) {
            if (stop.getAsBoolean()) {
                return;
            }
            now = queue.peekTime();
            pendingSum += queue.size();
            Event event = queue.poll();
            processed++;
            event.fire();
        }
        if (!stop.getAsBoolean()) {
            now = Math.max(now, until);
        }
    }
}
