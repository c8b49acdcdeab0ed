package org.vwb.core;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/**
 * One live run (see {@link LiveRuns}). Safe from any thread. Changes are change sets, applied one after the other:
 * each is recorded on the live EMF model, checked, handed to the simulation, which applies it at its next safe
 * point, or refused; a refused change is undone on the live model exactly (EMF change description), so the model
 * always describes what runs.
 */
@ProviderType
public interface LiveRun {

    /** How a live run stands. */
    enum State {
        RUNNING, PAUSED, FINISHED
    }

    /** Small number naming the run in the shell, unique among the runs of a {@link LiveRuns} service. */
    int id();

    /** Name of the configuration being run. */
    String configuration();

    State state();

    /** Simulated seconds per wall-clock second, or {@link LiveRuns#AS_FAST_AS_POSSIBLE}. */
    double speed();

    /** Stops simulated time; changes are still taken (a change that must drain requests waits for resume). */
    void pause();

    void resume();

    /** Ends the run at its next safe point; changes still waiting are refused. */
    void stop();

    /**
     * One change set: {@code edit} changes the live configuration (any number of EMF changes; one user action),
     * on the run's model thread. The future completes with the swap's record once it took effect or was refused
     * and undone.
     */
    CompletableFuture<SwapRecord> change(Consumer<Configuration> edit);

    /**
     * One change set that makes the live model equal to {@code next} (e.g. a saved file): its contents move into
     * the live model, so {@code next} is left empty. Same outcome as {@link #change}.
     */
    CompletableFuture<SwapRecord> replace(Model next);

    /** A detached copy of the live model as it is now, between change sets. */
    Model model();

    /** The figures as of the last safe point. */
    RunResult snapshot();

    /** Completes with the final figures when the run ends (its duration, a stop, or a failure). */
    CompletableFuture<RunResult> finished();

    /** Listeners hear progress, swaps and the end, on the run's thread. */
    void addListener(SimulationListener listener);

    void removeListener(SimulationListener listener);
}
