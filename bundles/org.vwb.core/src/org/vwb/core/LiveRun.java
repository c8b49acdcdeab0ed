package org.vwb.core;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/**
 * One live run (see {@link LiveRuns}). Safe from any thread. The model belongs to its owner (an editor, the shell,
 * the file {@code vwb watch} watches); the run keeps only detached copies: the model that runs, and the candidate
 * of each change set. Change sets are taken one after the other: each is handed to the simulation, which applies
 * it at its next safe point, or refused; the owner hears the verdict and, when refused, undoes its change, so its
 * model always describes what runs ({@link CommandStackLink} does that for an EMF command stack).
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

    /**
     * Changes the pace at once: from the pacer's next look (it is woken, so no tick is waited for) simulated time
     * follows the wall clock from where it stands at the new factor; a paused run keeps the new pace for its
     * resume. What already ran is not redone.
     *
     * @param speed simulated seconds per wall-clock second (above 0), or {@link LiveRuns#AS_FAST_AS_POSSIBLE}
     * @throws IllegalArgumentException for a negative, infinite or NaN speed
     */
    void setSpeed(double speed);

    /** Stops simulated time; changes are still taken (a change that must drain requests waits for resume). */
    void pause();

    void resume();

    /** Ends the run at its next safe point; changes still waiting are refused. */
    void stop();

    /**
     * One change set from the owner of the model: the owner's model as it is now, after one user action (an EMF
     * command, an undo, a redo, a save). It is copied on the caller's thread before this returns, and never read
     * again: call it on the thread that owns the model. Returns at once; the future completes on the run's thread
     * with the swap's record once the change took effect or was refused (the run goes on as before).
     */
    CompletableFuture<SwapRecord> submit(Model owners);

    /**
     * One change set without an owner's model (scripts, tests, benchmarks): {@code edit} changes a copy of the
     * model that runs, on the run's model thread after every earlier verdict; an edit that throws is refused.
     * Same outcome as {@link #submit}.
     */
    CompletableFuture<SwapRecord> change(Consumer<Configuration> edit);

    /** A detached copy of the model that runs: the start's, or the last one applied. */
    Model model();

    /** The figures as of the last safe point. */
    RunResult snapshot();

    /** Completes with the final figures when the run ends (its duration, a stop, or a failure). */
    CompletableFuture<RunResult> finished();

    /** Listeners hear progress, swaps and the end, on the run's thread. */
    void addListener(SimulationListener listener);

    void removeListener(SimulationListener listener);
}
