package org.vwb.headless.internal.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.vwb.core.Comparison;
import org.vwb.core.NotRunnableException;
import org.vwb.core.PreparedConfiguration;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulation;
import org.vwb.core.SimulationListener;
import org.vwb.core.StaticFigures;
import org.vwb.core.Simulator;
import org.vwb.core.api.VendorProfile;
import org.vwb.headless.Arguments;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.internal.simulation.ComparisonText;
import org.vwb.headless.internal.simulation.Input;
import org.vwb.headless.internal.simulation.OutputTargets;
import org.vwb.headless.internal.simulation.Progress;
import org.vwb.headless.internal.simulation.Rejected;
import org.vwb.headless.internal.simulation.Services;
import org.vwb.headless.internal.simulation.SimulationCommand;
import org.vwb.headless.internal.simulation.SimulationOptions;
import org.vwb.model.Configuration;
import org.vwb.report.ReportWriter;
import org.vwb.report.Reports;

/** {@code vwb run FILE}: simulates one configuration and prints or writes what it measured. */
public final class RunCommand extends SimulationCommand {

    private static final List<String> FORMATS = List.of("text", "json", "csv");
    private static final Option FORMAT = SimulationOptions.format(FORMATS);

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "simulate one configuration and print its figures";
    }

    @Override
    public String usage() {
        return "FILE";
    }

    @Override
    public String help() {
        return """
                Simulates one configuration of FILE ('-' reads standard input; --config NAME, else the file's
                first) for the scenario's duration and seed, or those given, and prints per device throughput,
                latency, exits, switches, interrupts, bytes copied and CPU per request, and CPU time per
                context. --format json or csv
                writes the same figures as 'vwb compare' does (docs/reports.md). A file that does not validate,
                or a configuration the installed plugins cannot run, is refused before anything runs, with one
                line per reason (exit 1).""";
    }

    @Override
    public List<Option> options() {
        return List.of(SimulationOptions.CONFIG, SimulationOptions.DURATION, SimulationOptions.SEED, FORMAT,
                Option.OUT, Option.FORCE);
    }

    @Override
    protected int run(Arguments arguments, CommandIo io, Services services) throws Exception {
        Path file = SimulationOptions.file(arguments);
        String format = SimulationOptions.format(arguments, FORMAT, FORMATS);
        ReportWriter writer = format.equals("text") ? null : services.writer(format);
        Simulator simulator = services.simulator(io);
        Input input = Input.load(file, io);
        Configuration configuration = input.configuration(arguments.value(SimulationOptions.CONFIG));
        RunOptions options = SimulationOptions.runOptions(arguments, input.scenarioOf(configuration));
        new OutputTargets(arguments).check(arguments.value(Option.OUT)
                .filter(o -> !o.equals("-")).map(Path::of).stream().toList());
        PreparedConfiguration prepared = input.prepare(simulator, configuration);
        RunResult result = simulate(simulator, input, prepared, options, io);
        if (result.status() == RunResult.Status.FAILED) {
            throw new Rejected(input.file() + ": configuration '" + configuration.getName() + "': the run failed: "
                    + result.failure());
        }
        String vendor = simulator.vendorProfile(result.vendorProfile()).map(VendorProfile::name)
                .orElse(result.vendorProfile());
        StaticFigures figures;
        try {
            figures = simulator.staticFigures(prepared);
        } catch (NotRunnableException e) {
            throw input.rejected(e.reasons());
        }
        Comparison comparison = Reports.single(input.file().toString(), result, vendor, figures, options.seed(),
                simulator.costModel(result.costModel()).orElse(null));
        if (writer == null) {
            io.writeOutput(arguments, ComparisonText.run(comparison).getBytes(StandardCharsets.UTF_8));
        } else {
            io.writeOutput(arguments, Services.render(writer, comparison));
        }
        return ExitCodes.OK;
    }

    private static RunResult simulate(Simulator simulator, Input input, PreparedConfiguration configuration,
            RunOptions options, CommandIo io) throws Rejected {
        Simulation simulation;
        try {
            simulation = simulator.start(configuration, options);
        } catch (NotRunnableException e) {
            throw input.rejected(e.reasons());
        }
        Progress progress = new Progress(io, 1);
        simulation.addListener(new SimulationListener() {
            @Override
            public void progress(long simulatedNanos, long events, RunResult snapshot) {
                progress.update(configuration.name(), simulatedNanos / (double) options.durationNanos(), events);
            }
        });
        return simulation.runToEnd();
    }
}
