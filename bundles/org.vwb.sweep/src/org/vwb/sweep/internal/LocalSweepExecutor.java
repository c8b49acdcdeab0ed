package org.vwb.sweep.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vwb.sweep.RunFigures;
import org.vwb.sweep.SweepException;
import org.vwb.sweep.SweepExecutor;
import org.vwb.sweep.SweepTask;
import org.vwb.sweep.SweepWorker;

/**
 * The default executor: this JVM, one run per core (a run is one thread of CPU-bound work, so more would only
 * take turns). Runs are independent and each deterministic, so the order they finish in changes nothing.
 */
@Component(service = SweepExecutor.class)
public final class LocalSweepExecutor implements SweepExecutor {

    /** How long a cancelled run may take to notice: it looks between slices of simulated time. */
    private static final long CANCEL_WAIT_SECONDS = 30;

    private final SweepWorker worker;

    @Activate
    public LocalSweepExecutor(@Reference SweepWorker worker) {
        this.worker = worker;
    }

    @Override
    public String id() {
        return "local";
    }

    @Override
    public boolean distributed() {
        return false;
    }

    @Override
    public List<RunFigures> execute(List<SweepTask> tasks, Target target, Listener listener)
            throws SweepException, InterruptedException {
        int cores = target.parallelism() > 0 ? target.parallelism() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(cores, tasks.size())), runnable -> {
            Thread thread = new Thread(runnable, "vwb sweep run");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<RunFigures>> futures = new ArrayList<>();
            for (SweepTask task : tasks) {
                futures.add(pool.submit(() -> {
                    RunFigures figures = worker.run(task, () -> false);
                    listener.finished(figures);
                    return figures;
                }));
            }
            List<RunFigures> results = new ArrayList<>(tasks.size());
            for (Future<RunFigures> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new SweepException("a run broke down: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            // an interrupted sweep returns only once every run has stopped: nothing runs on behind the caller
            boolean interrupted = Thread.interrupted();
            pool.awaitTermination(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
