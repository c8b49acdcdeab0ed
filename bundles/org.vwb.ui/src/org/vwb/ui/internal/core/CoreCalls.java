package org.vwb.ui.internal.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import org.vwb.core.Comparison;
import org.vwb.core.ComparisonRunner;
import org.vwb.core.NotRunnableException;
import org.vwb.core.PreparedConfiguration;
import org.vwb.core.RequestTrace;
import org.vwb.core.RunOptions;
import org.vwb.core.Simulator;
import org.vwb.core.StaticFigures;
import org.vwb.model.Configuration;

/**
 * Core computations for the views, off the UI thread. The editor's configuration is prepared on the calling (UI)
 * thread, which owns its EMF objects ({@link Simulator#prepare}: validated and read into an immutable snapshot
 * once); the computation then runs on a worker thread while the user goes on editing.
 */
public final class CoreCalls {

    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "vwb-workbench-core");
        thread.setDaemon(true);
        return thread;
    });

    private final Simulator simulator;

    public CoreCalls(Simulator simulator) {
        this.simulator = simulator;
    }

    /** One request of a device traced through the configuration, as {@code vwb explain} prints it. */
    public CompletableFuture<RequestTrace> explain(Configuration configuration, String vm, String device) {
        PreparedConfiguration prepared = simulator.prepare(configuration);
        return CompletableFuture.supplyAsync(() -> unchecked(() -> simulator.explain(prepared, vm, device)), WORKERS);
    }

    public CompletableFuture<StaticFigures> staticFigures(Configuration configuration) {
        PreparedConfiguration prepared = simulator.prepare(configuration);
        return CompletableFuture.supplyAsync(() -> unchecked(() -> simulator.staticFigures(prepared)), WORKERS);
    }

    /**
     * Runs a comparison on a thread of its own (the runner spreads the runs over the processors); interrupting
     * that thread cancels it. The result or failure is handed to {@code done} on that thread.
     */
    public Thread compare(String title, String source, List<Configuration> configurations, List<String> vendors,
            RunOptions options, BiConsumer<String, Double> progress, BiConsumer<Comparison, Throwable> done) {
        List<PreparedConfiguration> prepared = configurations.stream().map(simulator::prepare).toList();
        Thread thread = new Thread(() -> {
            try {
                done.accept(new ComparisonRunner(simulator).runPrepared(title, source, prepared, vendors, options,
                        progress), null);
            } catch (NotRunnableException | InterruptedException | RuntimeException e) {
                done.accept(null, e);
            }
        }, "vwb-workbench-comparison");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private interface CoreCall<T> {
        T call() throws NotRunnableException;
    }

    private static <T> T unchecked(CoreCall<T> call) {
        try {
            return call.call();
        } catch (NotRunnableException e) {
            throw new CompletionException(e);
        }
    }
}
