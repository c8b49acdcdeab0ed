package org.vwb.core;

import java.util.concurrent.CompletableFuture;

import org.osgi.annotation.versioning.ProviderType;
import org.vwb.model.Configuration;

/**
 * One run of one configuration. One thread drives it ({@link #advanceTo}, {@link #runToEnd}); any thread may
 * read {@link #snapshot()}, add listeners, {@link #reconfigure} or {@link #stop()} it.
 */
@ProviderType
public interface Simulation {

    /** Name of the configuration being run. */
    String configuration();

    /** Simulated time reached. */
    long now();

    /** Simulated time at which the run ends. */
    long endNanos();

    void addListener(SimulationListener listener);

    void removeListener(SimulationListener listener);

    /** Runs until the simulated time given (or the end, or a stop); returns the figures then. */
    RunResult advanceTo(long simulatedNanos);

    /**
     * Runs until the simulated time given, as {@link #advanceTo} does, without building the figures for the
     * caller: for a pacer that advances thousands of times a second. {@link #snapshot()} is still refreshed
     * now and then, and always when the run ends.
     */
    default void advance(long simulatedNanos) {
        advanceTo(simulatedNanos);
    }

    /** Runs to the end and returns the final figures. */
    default RunResult runToEnd() {
        return advanceTo(endNanos());
    }

    /** The figures as of the last safe point; safe from any thread. */
    RunResult snapshot();

    /**
     * Asks the run to take on a new configuration (hot-swap). It is checked first; then, at the next safe point,
     * the affected devices are quiesced (new requests wait in the guest, requests in flight drain), switched and
     * resumed. A change that cannot be applied is rolled back whole and the run carries on as before. The future
     * completes with the record of what happened once the change took effect or was refused.
     */
    CompletableFuture<SwapRecord> reconfigure(PreparedConfiguration next);

    /** Prepares the configuration (on the calling thread), then {@link #reconfigure(PreparedConfiguration)}. */
    CompletableFuture<SwapRecord> reconfigure(Configuration next);

    /** Ends the run at the next safe point; {@link #advanceTo} returns. */
    void stop();
}
