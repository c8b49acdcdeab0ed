package org.vwb.core;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.vwb.model.Model;

/**
 * Live runs: configurations that run on their own thread, in real time or faster, and take changes while they run
 * (hot-swap). One API for {@code vwb watch}, the OSGi shell and the workbench; a Declarative Services component.
 */
@ProviderType
public interface LiveRuns {

    /** Pace of a live run that simulates as fast as the host allows. */
    double AS_FAST_AS_POSSIBLE = 0;

    /**
     * Starts a configuration of a model on a thread of its own. The run reads the model (a copy, taken before this
     * returns) and keeps no reference to it: the caller stays its owner and hands each change to the run as one
     * change set ({@link LiveRun#submit}, or {@link CommandStackLink} for an EMF command stack).
     *
     * @param model          the model; its configuration {@code configuration} is run
     * @param configuration  name of the configuration, or null for the model's only (or first) one
     * @param options        simulated duration, seed, progress interval
     * @param speed          simulated seconds per wall-clock second (1 = real time), or {@link #AS_FAST_AS_POSSIBLE}
     */
    LiveRun start(Model model, String configuration, RunOptions options, double speed) throws NotRunnableException;

    /** Every run started and not yet forgotten, oldest first (finished ones included until {@link #forget}). */
    List<LiveRun> runs();

    Optional<LiveRun> run(int id);

    /** Drops a finished run from {@link #runs()}; stops it first if it is still going. */
    void forget(int id);
}
