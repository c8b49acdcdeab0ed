package org.vwb.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

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
        List<String> problems = new ArrayList<>();
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
            // A vendor profile that is not installed is the same reason for every configuration: say it once.
            throw new NotRunnableException(List.copyOf(new java.util.LinkedHashSet<>(problems)));
        }
        List<Bounded.Watched<Comparison.Entry, NotRunnableException>> runs = new ArrayList<>();
        for (PreparedConfiguration configuration : all) {
            runs.add(Bounded.submit(() -> entry(configuration, options, progress)));
        }
        List<Comparison.Entry> entries = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String where = "configuration '" + all.get(i).name() + "': ";
            try {
                entries.add(runs.get(i).await());
            } catch (NotRunnableException e) {
                e.reasons().forEach(reason -> failures.add(reason.startsWith("configuration '") ? reason
                        : where + reason));
            } catch (PluginFailure e) {
                failures.add(where + e.getMessage());
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("the comparison was cancelled");
            }
        }
        return new Comparison(title, source, options.durationNanos(), options.seed(), entries, citations(entries),
                failures);
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
