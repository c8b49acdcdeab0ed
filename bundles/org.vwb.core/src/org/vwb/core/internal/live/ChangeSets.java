package org.vwb.core.internal.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.core.RunResult;
import org.vwb.core.Simulation;
import org.vwb.core.SwapRecord;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/**
 * The owner of a live run's EMF model. Every change set runs on one model thread, one after the other: the
 * change is recorded ({@link ChangeRecorder}) while the caller's edit runs, a detached copy of the result goes to
 * the simulation, and the model thread waits for the verdict. A refused change (invalid, not runnable, failed
 * while applying, or the run ended first) is undone with {@link ChangeDescription#applyAndReverse()}, which
 * restores the very EObjects and values there were. Waiting for each verdict before the next edit keeps undoing
 * exact: no later change is ever recorded on top of one that may still be undone.
 */
final class ChangeSets {

    private final Model live;
    private final String configuration;
    private final Simulation simulation;
    private final CompletableFuture<RunResult> finished;
    private final Pacer pacer;
    private final ExecutorService thread;

    ChangeSets(Model live, String configuration, Simulation simulation, CompletableFuture<RunResult> finished,
            Pacer pacer, String threadName) {
        this.live = live;
        this.configuration = configuration;
        this.simulation = simulation;
        this.finished = finished;
        this.pacer = pacer;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    CompletableFuture<SwapRecord> change(Consumer<Configuration> edit) {
        try {
            return CompletableFuture.supplyAsync(() -> apply(edit), thread);
        } catch (RejectedExecutionException ended) {
            RunResult end = simulation.snapshot();
            return CompletableFuture.completedFuture(new SwapRecord(end.simulatedNanos(), -1, List.of(), 0, false,
                    "the run has ended", end, null));
        }
    }

    /** A change set that moves the contents of {@code next} into the live model, feature by feature. */
    CompletableFuture<SwapRecord> replace(Model next) {
        return change(c -> {
            for (EStructuralFeature feature : live.eClass().getEAllStructuralFeatures()) {
                if (feature.isChangeable() && !feature.isDerived() && !feature.isTransient()) {
                    Object value = next.eGet(feature);
                    live.eSet(feature, feature.isMany() ? new ArrayList<>((List<?>) value) : value);
                }
            }
        });
    }

    Model copy() {
        try {
            return CompletableFuture.supplyAsync(() -> EcoreUtil.copy(live), thread).join();
        } catch (RejectedExecutionException ended) {
            return EcoreUtil.copy(live); // the run ended: nobody edits the model any more
        }
    }

    void close() {
        thread.shutdown();
    }

    private SwapRecord apply(Consumer<Configuration> edit) {
        ChangeRecorder recorder = new ChangeRecorder(live);
        RuntimeException failure = null;
        try {
            edit.accept(find(live).orElseThrow());
        } catch (RuntimeException e) {
            failure = e;
        }
        ChangeDescription change = recorder.endRecording();
        recorder.dispose();
        if (failure != null) {
            return undo(change, "the change failed: " + failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        }
        // no copy of the model: Simulation.reconfigure reads the configuration into its snapshot before it returns,
        // and only this thread edits the live model
        Optional<Configuration> next = find(live);
        if (next.isEmpty()) {
            return undo(change, "the model no longer has a configuration named '" + configuration + "'");
        }
        CompletableFuture<SwapRecord> verdict = simulation.reconfigure(next.get());
        pacer.awaitVerdict(true);
        try {
            CompletableFuture.anyOf(verdict, finished).join();
        } finally {
            pacer.awaitVerdict(false);
        }
        if (!verdict.isDone()) {
            return undo(change, "the run ended before the change could be applied");
        }
        SwapRecord swap = verdict.join();
        if (!swap.applied()) {
            change.applyAndReverse();
        }
        return swap;
    }

    private SwapRecord undo(ChangeDescription change, String reason) {
        change.applyAndReverse();
        RunResult now = simulation.snapshot();
        return new SwapRecord(now.simulatedNanos(), -1, List.of(), 0, false, reason, now, null);
    }

    private Optional<Configuration> find(Model model) {
        return model.getConfigurations().stream().filter(c -> configuration.equals(c.getName())).findFirst();
    }
}
