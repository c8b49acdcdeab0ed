package org.vwb.sweep.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.Simulation;
import org.vwb.core.Simulator;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;
import org.vwb.sweep.RunFigures;
import org.vwb.sweep.SweepTask;
import org.vwb.sweep.SweepWorker;
import org.vwb.sweep.internal.parameters.ParameterException;
import org.vwb.sweep.internal.parameters.Variation;

/** The worker every executor calls: the installed {@link Simulator} runs the task's configuration. */
@Component(service = SweepWorker.class)
public final class SimulatorSweepWorker implements SweepWorker {

    /** Slices of simulated time between two looks at cancellation: a cancelled sweep stops within one. */
    private static final int SLICES = 200;

    private final Simulator simulator;

    @Activate
    public SimulatorSweepWorker(@Reference Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public RunFigures run(SweepTask task, BooleanSupplier cancelled) throws InterruptedException {
        Configuration configuration;
        try {
            configuration = prepare(task);
        } catch (ParameterException | IOException e) {
            return RunFigures.failed(task.index(), e.getMessage());
        } catch (NotRunnableException e) {
            return RunFigures.failed(task.index(), String.join("; ", e.reasons()));
        }
        List<String> problems = new ArrayList<>();
        for (Finding finding : ModelValidation.validate(configuration)) {
            if (finding.severity() == Finding.Severity.ERROR) {
                problems.add(finding.path() + ": " + finding.reason());
            }
        }
        problems.addAll(simulator.problems(configuration));
        if (!problems.isEmpty()) {
            return RunFigures.failed(task.index(), String.join("; ", problems));
        }
        try {
            Simulation run = simulator.start(configuration, new RunOptions(task.durationNanos(), task.seed(),
                    Math.max(1, task.durationNanos() / 100)));
            long slice = Math.max(1, task.durationNanos() / SLICES);
            while (run.now() < run.endNanos()) {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    run.stop();
                    throw new InterruptedException("run " + task.index() + " cancelled");
                }
                long before = run.now();
                run.advance(Math.min(run.endNanos(), before + slice));
                if (run.now() <= before) {
                    break; // the run failed or was stopped: runToEnd below returns its figures as they stand
                }
            }
            return FiguresOf.result(task.index(), configuration, run.runToEnd());
        } catch (NotRunnableException e) {
            return RunFigures.failed(task.index(), String.join("; ", e.reasons()));
        } catch (RuntimeException e) {
            return RunFigures.failed(task.index(), "the run broke down: " + e);
        }
    }

    @Override
    public List<String> check(List<SweepTask> tasks) {
        Set<String> problems = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (SweepTask task : tasks) {
            // seeds do not change what a path names: one look per configuration and combination
            if (seen.add(task.configuration() + "\n" + task.assignments())) {
                try {
                    prepare(task);
                } catch (ParameterException | IOException e) {
                    problems.add(e.getMessage());
                } catch (NotRunnableException e) {
                    // an uninstalled vendor profile or an impossible variant: the run reports it with its values
                }
            }
        }
        return List.copyOf(problems);
    }

    private Configuration prepare(SweepTask task) throws IOException, ParameterException, NotRunnableException {
        Model model = ModelText.load(task.modelText());
        Configuration base = model.getConfigurations().stream().filter(c -> c.getName().equals(task.configuration()))
                .findFirst().orElseThrow(() -> new IOException("the model has no configuration '"
                        + task.configuration() + "'"));
        return new Variation(simulator).apply(base, task.assignments());
    }
}
