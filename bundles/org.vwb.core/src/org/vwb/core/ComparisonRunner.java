package org.vwb.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

import org.vwb.core.api.CostEvent;
import org.vwb.core.internal.plugins.Bounded;
import org.vwb.model.Configuration;

/**
 * Runs a comparison: each configuration as written and, for each further vendor profile asked for, its
 * {@link Simulator#variant variant}; the runs are independent and go in parallel on the host's processors, each
 * deterministic, so the comparison is too. Every configuration is prepared once and checked before any run
 * starts. Each run is watched: one whose plugin throws or does not answer within the plugin time-out gives a
 * {@link Comparison#failures() failure} naming the plugin, and the others finish.
 */
public final class ComparisonRunner {

    /** How often the runs are looked at while they go: often enough that the last one's end is not waited for. */
    private static final long POLL_MILLIS = 5;

    private final Simulator simulator;

    public ComparisonRunner(Simulator simulator) {
        this.simulator = simulator;
    }

    /**
     * Prepares each configuration (on the calling thread, which owns them), then
     * {@link #runPrepared runs them}.
     */
    public Comparison run(String title, String source, List<Configuration> configurations,
            List<String> vendorProfiles, RunOptions options, BiConsumer<String, Double> progress)
            throws NotRunnableException, InterruptedException {
        List<PreparedConfiguration> prepared = new ArrayList<>();
        for (Configuration configuration : configurations) {
            prepared.add(simulator.prepare(configuration));
        }
        return runPrepared(title, source, prepared, vendorProfiles, options, progress);
    }

    /**
     * @param title          what is compared
     * @param source         where the configurations come from
     * @param configurations the configurations as written, prepared
     * @param vendorProfiles further vendor profiles to run each configuration under (may be empty)
     * @param options        duration and seed of every run
     * @param progress       told (label, simulated fraction done) as runs advance; may be called from several threads
     */
    public Comparison runPrepared(String title, String source, List<PreparedConfiguration> configurations,
            List<String> vendorProfiles, RunOptions options, BiConsumer<String, Double> progress)
            throws NotRunnableException, InterruptedException {
        List<PreparedConfiguration> all = new ArrayList<>();
        Set<String> problems = new LinkedHashSet<>(); // a vendor profile that is not installed is said once
        for (PreparedConfiguration configuration : configurations) {
            all.add(configuration);
            problems.addAll(configuration.problems());
            for (String vendor : vendorProfiles) {
                if (configuration.runnable() && !vendor.equals(configuration.vendorProfile())) {
                    try {
                        PreparedConfiguration variant = simulator.variant(configuration, vendor);
                        all.add(variant);
                        problems.addAll(variant.problems());
                    } catch (NotRunnableException e) {
                        problems.addAll(e.reasons());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            // every configuration's variant under an unknown vendor profile fails for the same reason: say it once
            throw new NotRunnableException(problems.stream().distinct().toList());
        }
        // as many runs at a time as the host has processors; a run waiting its turn asks no plugin anything, so
        // the wait does not count against the plugin time-out, and a run abandoned in a plugin gives its turn back
        Semaphore processors = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Bounded.Watched<Comparison.Entry, NotRunnableException>> runs = new ArrayList<>();
        List<AtomicBoolean> turns = new ArrayList<>();
        for (PreparedConfiguration configuration : all) {
            AtomicBoolean turn = new AtomicBoolean();
            turns.add(turn);
            runs.add(Bounded.submit(() -> {
                processors.acquireUninterruptibly();
                turn.set(true);
                try {
                    return entry(configuration, options, progress);
                } finally {
                    if (turn.compareAndSet(true, false)) {
                        processors.release();
                    }
                }
            }));
        }
        Comparison.Entry[] entries = new Comparison.Entry[runs.size()];
        List<List<String>> failed = new ArrayList<>();
        all.forEach(c -> failed.add(new ArrayList<>()));
        // every run watched at once: a run waiting for a turn that a stuck run holds must not stop the stuck one
        // from being noticed (and giving its turn back)
        boolean[] settled = new boolean[runs.size()];
        for (int left = runs.size(); left > 0; ) {
            for (int i = 0; i < runs.size(); i++) {
                if (!settled[i] && settle(i, runs.get(i), all.get(i), entries, failed.get(i))) {
                    settled[i] = true;
                    left--;
                    if (turns.get(i).compareAndSet(true, false)) {
                        processors.release(); // a run abandoned in a plugin gives its turn back
                    }
                }
            }
            if (left > 0) {
                Thread.sleep(Math.min(POLL_MILLIS, Bounded.tickNanos() / 1_000_000L));
            }
        }
        List<String> failures = new ArrayList<>();
        failed.forEach(failures::addAll);
        List<Comparison.Entry> finished = new ArrayList<>();
        for (Comparison.Entry entry : entries) {
            if (entry != null) {
                finished.add(entry);
            }
        }
        return new Comparison(title, source, options.durationNanos(), options.seed(), finished,
                citations(finished), failures);
    }

    /** Whether run {@code i} has ended; if so its entry, or its failure line, is taken. */
    private static boolean settle(int i, Bounded.Watched<Comparison.Entry, NotRunnableException> run,
            PreparedConfiguration configuration, Comparison.Entry[] entries, List<String> failures) {
        String where = "configuration '" + configuration.name() + "': ";
        try {
            if (!run.done()) {
                return false;
            }
            entries[i] = run.await();
        } catch (NotRunnableException e) {
            e.reasons().forEach(reason -> failures.add(reason.startsWith("configuration '") ? reason
                    : where + reason));
        } catch (PluginFailure e) {
            failures.add(where + e.getMessage());
        }
        return true;
    }

    private Comparison.Entry entry(PreparedConfiguration configuration, RunOptions options,
            BiConsumer<String, Double> progress) throws NotRunnableException {
        String label = configuration.name();
        Simulation run = simulator.start(configuration, options);
        run.addListener(new SimulationListener() {
            @Override
            public void progress(long simulatedNanos, long events, RunResult snapshot) {
                progress.accept(label, simulatedNanos / (double) options.durationNanos());
            }
        });
        RunResult result = run.runToEnd();
        List<RequestTrace> traces = new ArrayList<>();
        if (result.status() != RunResult.Status.FAILED) {
            for (PreparedConfiguration.Device device : configuration.devices()) {
                traces.add(simulator.explain(configuration, device.vm(), device.device()));
            }
        }
        StaticFigures figures = simulator.staticFigures(configuration);
        return new Comparison.Entry(label, figures.vendorName(), result.placement(), result, figures,
                List.copyOf(traces));
    }

    private List<Comparison.Citation> citations(List<Comparison.Entry> entries) {
        Set<String> costModels = new LinkedHashSet<>();
        entries.forEach(e -> costModels.add(e.result().costModel()));
        List<Comparison.Citation> citations = new ArrayList<>();
        for (String id : costModels) {
            simulator.costModel(id).ifPresent(model -> {
                for (CostEvent event : CostEvent.values()) {
                    citations.add(new Comparison.Citation(id, event, model.cycles(event), model.source(event)));
                }
            });
        }
        return citations;
    }
}
