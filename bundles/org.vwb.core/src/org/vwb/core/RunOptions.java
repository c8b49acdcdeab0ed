package org.vwb.core;

/**
 * How long and with which seed to simulate.
 *
 * @param durationNanos       simulated time to run, above 0
 * @param seed                mixed into every workload's own seed; same configuration and seed, same result
 * @param progressEveryNanos  simulated time between {@link SimulationListener#progress progress} reports
 */
public record RunOptions(long durationNanos, long seed, long progressEveryNanos) {

    public RunOptions {
        if (durationNanos <= 0) {
            throw new IllegalArgumentException("a run needs a duration above 0, not " + durationNanos + " ns");
        }
    }

    public static RunOptions seconds(double seconds, long seed) {
        long nanos = Math.round(seconds * 1e9);
        return new RunOptions(nanos, seed, Math.max(1, nanos / 100));
    }
}
