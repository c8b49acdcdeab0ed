package org.vwb.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

import org.vwb.model.Configuration;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;

/**
 * Runs a comparison: each configuration as written and, for each further vendor profile asked for, its
 * {@link Simulator#variant variant}; the runs are independent and go in parallel on the host's processors, each
 * deterministic, so the comparison is too. Every configuration is checked before any run starts.
 */
public final class ComparisonRunner {

    private final Simulator simulator;

    public ComparisonRunner(Simulator simulator) {
        this.simulator = simulator;
    }

    /**
     * @param title          what is compared
     * @param source         where the configurations come from
     * @param configurations the configurations as written
     * @param vendorProfiles further vendor profiles to run each configuration under (may be empty)
     * @param options        duration and seed of every run
     * @param progress       told (label, simulated fraction done) as runs advance; may be called from several threads
     */
    public Comparison run(String title, String source, List<Configuration> configurations,
            List<String> vendorProfiles, RunOptions options, BiConsumer<String, Double> progress)
            throws NotRunnableException, InterruptedException {
        List<Configuration> all = new ArrayList<>();
        for (Configuration configuration : configurations) {
            all.add(configuration);
            for (String vendor : vendorProfiles) {
                if (!vendor.equals(configuration.getHypervisor().getVendorProfile())) {
                    all.add(simulator.variant(configuration, vendor));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (Configuration configuration : all) {
            problems.addAll(simulator.problems(configuration));
        }
        if (!problems.isEmpty()) {
            throw new NotRunnableException(problems);
        }
        int threads = Math.max(1, Math.min(all.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Comparison.Entry>> futures = new ArrayList<>();
            for (Configuration configuration : all) {
                futures.add(pool.submit(() -> entry(configuration, options, progress)));
            }
            List<Comparison.Entry> entries = new ArrayList<>();
            for (Future<Comparison.Entry> future : futures) {
                entries.add(future.get());
            }
            return new Comparison(title, source, options.durationNanos(), options.seed(), entries,
                    citations(entries));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof NotRunnableException notRunnable) {
                throw notRunnable;
            }
            throw new NotRunnableException(List.of("a run failed: " + cause));
        } finally {
            pool.shutdownNow();
        }
    }

    private Comparison.Entry entry(Configuration configuration, RunOptions options,
            BiConsumer<String, Double> progress) throws NotRunnableException {
        String label = configuration.getName();
        Simulation run = simulator.start(configuration, options);
        run.addListener(new SimulationListener() {
            @Override
            public void progress(long simulatedNanos, long events, RunResult snapshot) {
                progress.accept(label, simulatedNanos / (double) options.durationNanos());
            }
        });
        RunResult result = run.runToEnd();
        List<RequestTrace> traces = new ArrayList<>();
        for (VirtualMachine vm : configuration.getVirtualMachines()) {
            for (VirtualDevice device : vm.getDevices()) {
                traces.add(simulator.explain(configuration, vm.getName(), device.getName()));
            }
        }
        VendorProfile vendor = simulator.vendorProfile(configuration.getHypervisor().getVendorProfile()).orElseThrow();
        return new Comparison.Entry(label, vendor.name(), configuration.getHypervisor().getDriverPlacement(), result,
                simulator.staticFigures(configuration), List.copyOf(traces));
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
