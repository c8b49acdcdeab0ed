package org.vwb.ui.internal.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.core.Comparison;
import org.vwb.core.ComparisonRunner;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RequestTrace;
import org.vwb.core.RunOptions;
import org.vwb.core.Simulator;
import org.vwb.core.StaticFigures;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/**
 * Core computations for the views, off the UI thread. The editor's model is copied on the calling (UI) thread,
 * so the computation reads a detached snapshot while the user goes on editing. (The core's coming
 * {@code Simulator.prepare} snapshot replaces these copies.)
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
        Configuration copy = detached(configuration);
        return CompletableFuture.supplyAsync(() -> unchecked(() -> simulator.explain(copy, vm, device)), WORKERS);
    }

    public CompletableFuture<StaticFigures> staticFigures(Configuration configuration) {
        Configuration copy = detached(configuration);
        return CompletableFuture.supplyAsync(() -> unchecked(() -> simulator.staticFigures(copy)), WORKERS);
    }

    /** Why the installed plugins cannot run a configuration (which plugin is missing), empty when they can. */
    public List<String> problems(Configuration configuration) {
        return simulator.problems(detached(configuration));
    }

    /**
     * Runs a comparison on a thread of its own (the runner spreads the runs over the processors); interrupting
     * that thread cancels it. The result or failure is handed to {@code done} on that thread.
     */
    public Thread compare(String title, String source, List<Configuration> configurations, List<String> vendors,
            RunOptions options, BiConsumer<String, Double> progress, BiConsumer<Comparison, Throwable> done) {
        List<Configuration> copies = configurations.stream().map(CoreCalls::detached).toList();
        Thread thread = new Thread(() -> {
            try {
                done.accept(new ComparisonRunner(simulator).run(title, source, copies, vendors, options, progress),
                        null);
            } catch (NotRunnableException | InterruptedException | RuntimeException e) {
                done.accept(null, e);
            }
        }, "vwb-workbench-comparison");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A copy of the configuration's whole model (hosts and scenarios included, so references hold), detached. */
    static Configuration detached(Configuration configuration) {
        Model model = (Model) EcoreUtil.getRootContainer(configuration);
        Model copy = EcoreUtil.copy(model);
        return copy.getConfigurations().get(model.getConfigurations().indexOf(configuration));
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
