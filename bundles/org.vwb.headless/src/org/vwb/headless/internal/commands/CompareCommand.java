package org.vwb.headless.internal.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vwb.core.Comparison;
import org.vwb.core.ComparisonRunner;
import org.vwb.core.NotRunnableException;
import org.vwb.core.PreparedConfiguration;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.headless.Arguments;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.UsageException;
import org.vwb.headless.internal.simulation.ComparisonText;
import org.vwb.headless.internal.simulation.Input;
import org.vwb.headless.internal.simulation.OutputTargets;
import org.vwb.headless.internal.simulation.Progress;
import org.vwb.headless.internal.simulation.Services;
import org.vwb.headless.internal.simulation.SimulationCommand;
import org.vwb.headless.internal.simulation.SimulationOptions;
import org.vwb.model.Configuration;
import org.vwb.model.Scenario;
import org.vwb.report.ReportWriter;

/**
 * {@code vwb compare FILE}: every configuration of the file (or of its scenario) and its variants under further
 * vendor profiles, run in parallel; a side-by-side table on stdout and, if asked, HTML, JSON and CSV reports.
 */
public final class CompareCommand extends SimulationCommand {

    private static final List<String> FORMATS = List.of("text", "json", "csv");
    private static final Option FORMAT = SimulationOptions.format(FORMATS);
    private static final Option VENDORS = Option.value("vendors", "ID,...",
            "also run every configuration under these vendor profiles (see vwb plugins)");
    private static final Map<String, Option> REPORTS = reports();

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "compare configurations and vendor profiles side by side";
    }

    @Override
    public String usage() {
        return "FILE";
    }

    @Override
    public String help() {
        return """
                Runs the configurations of FILE's first scenario with the scenario's vendor profiles, duration
                and seed (without a scenario: every configuration of the file), plus, for each vendor profile in
                --vendors, each configuration as that vendor would ship it (its placement and device models).
                The runs go in parallel; each is deterministic. Prints the figures side by side on stdout
                (--format json or csv for machine output) and writes the reports asked for with --html, --json
                and --csv. Every report file is checked before the runs start and written atomically at the end;
                an existing file is replaced only with --force.""";
    }

    @Override
    public List<Option> options() {
        List<Option> options = new ArrayList<>(List.of(VENDORS, SimulationOptions.DURATION, SimulationOptions.SEED));
        options.addAll(REPORTS.values());
        options.addAll(List.of(FORMAT, Option.OUT, Option.FORCE));
        return options;
    }

    @Override
    protected int run(Arguments arguments, CommandIo io, Services services) throws Exception {
        Path file = SimulationOptions.file(arguments);
        String format = SimulationOptions.format(arguments, FORMAT, FORMATS);
        for (String value : arguments.values(VENDORS)) {
            if (value.replace(",", "").isBlank()) {
                throw new UsageException("--vendors '" + value + "' names no vendor profile (e.g. --vendors "
                        + "vmware.esxi-8.0,microsoft.hyperv-2022; vwb plugins lists them)");
            }
        }
        OutputTargets targets = new OutputTargets(arguments);
        Map<Path, ReportWriter> reports = new LinkedHashMap<>();
        Map<Path, String> named = new HashMap<>(); // each file, as the file system sees it, and the option naming it
        for (Option report : REPORTS.values()) {
            for (String target : arguments.values(report)) {
                claim(named, Path.of(target), report);
                reports.put(Path.of(target), services.writer(report.name()));
            }
        }
        ReportWriter stdout = format.equals("text") ? null : services.writer(format);
        List<Path> written = new ArrayList<>(reports.keySet());
        Optional<Path> out = arguments.value(Option.OUT).filter(o -> !o.equals("-")).map(Path::of);
        if (out.isPresent()) {
            claim(named, out.get(), Option.OUT);
            written.add(out.get());
        }
        targets.check(written);
        Simulator simulator = services.simulator(io);
        Input input = Input.load(file, io);
        Optional<Scenario> scenario = input.scenario();
        List<Configuration> configurations = scenario.<List<Configuration>>map(Scenario::getConfigurations)
                .orElse(input.model().getConfigurations());
        Set<String> vendors = new LinkedHashSet<>();
        scenario.ifPresent(s -> vendors.addAll(s.getVendorProfiles()));
        arguments.values(VENDORS).forEach(v -> List.of(v.split(",")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).forEach(vendors::add));
        List<PreparedConfiguration> prepared = input.prepare(simulator, configurations);
        RunOptions options = SimulationOptions.runOptions(arguments, scenario);
        Progress progress = new Progress(io, configurations.size() * (1 + vendors.size()));
        Comparison comparison;
        try {
            comparison = new ComparisonRunner(simulator).runPrepared(input.model().getName(), input.file().toString(),
                    prepared, List.copyOf(vendors), options, (run, f) -> progress.update(run, f, -1));
        } catch (NotRunnableException e) {
            throw input.rejected(e.reasons());
        }
        if (comparison.entries().isEmpty()) {
            return failures(comparison, input.file(), io); // no run finished: nothing to report
        }
        for (Map.Entry<Path, ReportWriter> report : reports.entrySet()) {
            targets.add(report.getKey(), render(report.getValue(), comparison));
        }
        targets.writeAll().forEach(path -> io.progress("wrote " + path));
        io.writeOutput(arguments, stdout == null ? ComparisonText.sideBySide(comparison)
                .getBytes(StandardCharsets.UTF_8) : render(stdout, comparison));
        return failures(comparison, input.file(), io);
    }

    private static byte[] render(ReportWriter writer, Comparison comparison) throws java.io.IOException {
        return Services.render(writer, comparison);
    }

    /**
     * A run that failed is in the reports, and makes the exit code 1 with a line naming it; so does a run that
     * gave no entry because a plugin threw or did not answer (the line names the plugin).
     */
    private static int failures(Comparison comparison, Path file, CommandIo io) {
        int exit = ExitCodes.OK;
        for (String failure : comparison.failures()) {
            io.error(file + ": " + failure);
            exit = ExitCodes.FAILED;
        }
        for (Comparison.Entry entry : comparison.entries()) {
            if (entry.result().status() == RunResult.Status.FAILED) {
                io.error(file + ": configuration '" + entry.label() + "': the run failed: " + entry.result().failure());
                exit = ExitCodes.FAILED;
            }
        }
        return exit;
    }

    private static Map<String, Option> reports() {
        Map<String, Option> reports = new LinkedHashMap<>();
        for (String format : List.of("html", "json", "csv")) {
            reports.put(format, Option.value(format, "PATH", "write the " + format.toUpperCase(java.util.Locale.ROOT)
                    + " report to PATH"));
        }
        return reports;
    }

    /** Two outputs in one file would leave only the last one written: a command line that is wrong in itself. */
    private static void claim(Map<Path, String> named, Path target, Option option) {
        String earlier = named.putIfAbsent(target.toAbsolutePath().normalize(), "--" + option.name());
        if (earlier != null) {
            throw new UsageException(earlier + " and --" + option.name() + " both name " + target
                    + ": each output needs its own file");
        }
    }
}
