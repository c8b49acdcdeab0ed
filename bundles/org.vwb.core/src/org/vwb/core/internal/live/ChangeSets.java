package org.vwb.core.internal.live;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.core.RunResult;
import org.vwb.core.Simulation;
import org.vwb.core.SwapRecord;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/**
 * The change sets of a live run, one after the other on the run's model thread. The run owns no editable model:
 * it keeps the model that runs, a detached copy nobody edits, and each change set brings a candidate, a detached
 * copy too (read from the owner's model on the owner's thread, or derived from the running one by an edit). The
 * candidate goes to the simulation and the model thread waits for the verdict before it takes the next: applied,
 * the candidate becomes the running model; refused, it is dropped, and the owner (who still has its own model)
 * hears why. Waiting for each verdict keeps the verdicts in the owners' order and each candidate diffed against
 * what really runs.
 */
final class ChangeSets {

    private final String configuration;
    private final Simulation simulation;
    private final CompletableFuture<RunResult> finished;
    private final Pacer pacer;
    private final ExecutorService thread;
    /** Written only by the model thread, after a verdict; never edited, so read (copied) from any thread. */
    private volatile Model running;

    ChangeSets(Model running, String configuration, Simulation simulation, CompletableFuture<RunResult> finished,
            Pacer pacer, String threadName) {
        this.running = running;
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

    /** An edit of a copy of the running model, on the model thread (so after every earlier verdict). */
    CompletableFuture<SwapRecord> change(Consumer<Configuration> edit) {
        return queue(() -> {
            Model candidate = EcoreUtil.copy(running);
            try {
                edit.accept(find(candidate).orElseThrow());
            } catch (RuntimeException e) {
                return refused("the change failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            return offer(candidate);
        });
    }

    /** The owner's model as it is now: copied on the caller's thread, which is the only one that may read it. */
    CompletableFuture<SwapRecord> submit(Model owners) {
        Model candidate = EcoreUtil.copy(owners);
        return queue(() -> offer(candidate));
    }

    Model copy() {
        return EcoreUtil.copy(running);
    }

    void close() {
        thread.shutdown();
    }

    private CompletableFuture<SwapRecord> queue(Supplier<SwapRecord> changeSet) {
        try {
            return CompletableFuture.supplyAsync(changeSet, thread);
        } catch (RejectedExecutionException ended) {
            return CompletableFuture.completedFuture(refused("the run has ended"));
        }
    }

    private SwapRecord offer(Model candidate) {
        Optional<Configuration> next = find(candidate);
        if (next.isEmpty()) {
            return refused("the model no longer has a configuration named '" + configuration + "'");
        }
        CompletableFuture<SwapRecord> verdict = simulation.reconfigure(next.get());
        pacer.awaitVerdict(true);
        try {
            CompletableFuture.anyOf(verdict, finished).join();
        } finally {
            pacer.awaitVerdict(false);
        }
        if (!verdict.isDone()) {
            return refused("the run ended before the change could be applied");
        }
        SwapRecord swap = verdict.join();
        if (swap.applied()) {
            running = candidate;
        }
        return swap;
    }

    private SwapRecord refused(String reason) {
        RunResult now = simulation.snapshot();
        return new SwapRecord(now.simulatedNanos(), -1, List.of(), 0, false, reason, now, null);
    }

    private Optional<Configuration> find(Model model) {
        return model.getConfigurations().stream().filter(c -> configuration.equals(c.getName())).findFirst();
    }
}
