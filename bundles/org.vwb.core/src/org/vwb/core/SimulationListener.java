package org.vwb.core;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Observes a running simulation: progress for progress bars and live charts, applied or refused configuration
 * changes, the end. Called on the simulation's thread; keep it quick.
 */
@ConsumerType
public interface SimulationListener {

    /** Simulated time advanced; {@code snapshot} holds the figures so far. */
    default void progress(long simulatedNanos, long events, RunResult snapshot) {
    }

    /** A change set was applied, or refused and rolled back. */
    default void swapped(SwapRecord swap) {
    }

    /** The run ended, completely or by failure. */
    default void finished(RunResult result) {
    }
}
