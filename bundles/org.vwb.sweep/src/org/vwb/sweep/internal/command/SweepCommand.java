package org.vwb.sweep.internal.command;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.Durations;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.OutputFiles;
import org.vwb.headless.UsageException;
import org.vwb.model.Scenario;
import org.vwb.sweep.RunFigures;
import org.vwb.sweep.SweepException;
import org.vwb.sweep.SweepExecutor;
import org.vwb.sweep.SweepTask;
import org.vwb.sweep.SweepWorker;
import org.vwb.sweep.internal.command.SweepInput.Refusal;
import org.vwb.sweep.internal.parameters.ParameterException;
import org.vwb.sweep.internal.parameters.VariedParameter;
import org.vwb.sweep.internal.report.SweepReports;
import org.vwb.sweep.internal.results.Combination;
import org.vwb.sweep.internal.results.SweepPlan;
import org.vwb.sweep.internal.results.SweepResults;

/**
 * {@code vwb sweep FILE --vary PARAM=VALUES...}: every combination of the varied parameters times N seeds, on
 * a {@link SweepExecutor} (this machine's cores, or a cluster with {@code --cluster}); means and confidence
 * intervals, curves against load and the knee, in text, HTML, JSON and CSV.
 */
@Component(service = Command.class, property = "vwb.command=sweep")
public final class SweepCommand implements Command {

    private static final Option VARY = Option.value("vary", "PARAM=VALUES",
            "vary a parameter (repeatable): rate, depth, size, vcpus, mode, model, vendor, placement, costmodel, "
                    + "scoped as vm[NAME].device[NAME].model; values a,b,c or ranges A..B*F, A..B+S");
    private static final Option CONFIG = Option.value("config", "NAME,...",
            "the configurations to sweep (default: the scenario's, else every one)");
    private static final Option SEEDS = Option.value("seeds", "N",
            "seeds per combination (default: the scenario's seeds, else 3)");
    private static final Option SEED = Option.value("seed", "N", "the first seed (default: the scenario's, else 1)");
    private static final Option DURATION = Option.value("duration", "D",
            "simulated time of each run: 10s, 500ms, 2m (default: the scenario's, else 10s)");
    private static final Option HTML = Option.value("html", "PATH", "write the HTML report (curves) to PATH");
    private static final Option JSON = Option.value("json", "PATH", "write the JSON report to PATH");
    private static final Option CSV = Option.value("csv", "PATH", "write the CSV report to PATH");
    private static final Option FORMAT = Option.value("format", "FORMAT", "stdout: text, json or csv (default: text)");
    private static final Option CLUSTER = Option.value("cluster", "HOST:PORT,...",
            "run on the cluster these members belong to (see vwb member)");
    private static final Option EXECUTOR = Option.value("executor", "ID",
            "the sweep executor to use (default: local, or the installed cluster executor with --cluster)");
    private static final Option DEVICE = Option.value("device", "VM/DEVICE",
            "report the figures of this device only (default: every device's requests together)");
    private static final Option PARALLEL = Option.value("parallel", "N",
            "runs at once on this machine (default: one per core)");
    private static final int MAX_SEEDS = 1000;

    private final List<SweepExecutor> executors;
    private final SweepWorker worker;

    @Activate
    public SweepCommand(@Reference SweepWorker worker,
            @Reference(service = SweepExecutor.class, cardinality = ReferenceCardinality.AT_LEAST_ONE,
                    policyOption = ReferencePolicyOption.GREEDY) List<SweepExecutor> executors) {
        this.worker = worker;
        this.executors = List.copyOf(executors);
    }

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public String summary() {
        return "run every combination of varied parameters over several seeds (curves, knee, confidence)";
    }

    @Override
    public String usage() {
        return "FILE [--vary PARAM=VALUES]...";
    }

    @Override
    public String help() {
        return """
                Runs each configuration (--config, else the scenario's, else all) for every combination of the
                --vary parameters (or the scenario's vary elements) and every seed: seed, seed+1, ... Prints one
                line per combination: mean and 95 % confidence interval (Student t over the seeds) of throughput,
                latency p50/p99 and CPU per request, and the knee of each latency curve. --html draws the curves
                against the offered load, --json and --csv hold every figure (docs/sweeps.md).
                Parameters: rate=100,1000,10000  depth=1..64*2  size=512,4096  vcpus=1,2,4  vendor=esxi-3.5,
                hyperv-2008  placement=in-hypervisor,parent-partition  costmodel=intel-core2-2008
                vm[legacy-vm].device[net0].model=e1000,dec21140  vm[legacy-vm].device[net0].mode=emulated
                The runs go on every core (--parallel N), or on a cluster with --cluster HOST:PORT,... (start
                members with vwb member). A run that fails is reported with its parameters; the others go on
                (exit 1 at the end). Ctrl-C cancels every run and writes nothing.""";
    }

    @Override
    public List<Option> options() {
        return List.of(VARY, CONFIG, DEVICE, SEEDS, SEED, DURATION, HTML, JSON, CSV, FORMAT, Option.OUT, Option.FORCE,
                CLUSTER, EXECUTOR, PARALLEL);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        arguments.requireOperands(1, "FILE");
        if (arguments.operands().size() > 1) {
            throw new UsageException("one FILE only, not " + arguments.operands().size() + " operands");
        }
        Path file = arguments.paths(1, "FILE").get(0);
        String format = arguments.value(FORMAT).orElse("text");
        if (!List.of("text", "json", "csv").contains(format)) {
            throw new UsageException("--format must be one of text, json, csv, not '" + format + "'");
        }
        List<VariedParameter> varied = new ArrayList<>();
        for (String vary : arguments.values(VARY)) {
            try {
                varied.add(VariedParameter.parse(vary));
            } catch (ParameterException e) {
                throw new UsageException("--vary " + e.getMessage());
            }
        }
        SweepExecutor executor = executor(arguments);
        SweepExecutor.Target target = new SweepExecutor.Target(members(arguments),
                whole(arguments, PARALLEL, 1, 4096).orElse(0));
        Outputs outputs = outputs(arguments);
        try {
            List<String> warnings = new ArrayList<>();
            SweepInput input = SweepInput.load(file, warnings);
            warnings.forEach(io::warning);
            SweepPlan plan = plan(arguments, file, input, varied);
            Optional<String> focus = arguments.value(DEVICE).map(String::strip);
            if (focus.isPresent()) {
                input.checkDevice(focus.get(), plan.configurations());
            }
            List<String> problems = new ArrayList<>(outputs.problems());
            List<SweepTask> tasks = plan.tasks();
            worker.check(tasks).forEach(p -> problems.add(file + ": " + p));
            if (!problems.isEmpty()) {
                throw new Refusal(problems);
            }
            return run(io, arguments, file, new Sweep(plan, tasks, focus), executor, target, outputs, format);
        } catch (Refusal e) {
            e.reasons().forEach(io::error);
            return ExitCodes.FAILED;
        }
    }

    /** What runs: the plan, its tasks, and the device the figures are of (empty: every device). */
    private record Sweep(SweepPlan plan, List<SweepTask> tasks, Optional<String> focus) {
    }

    private int run(CommandIo io, Arguments arguments, Path file, Sweep sweep, SweepExecutor executor,
            SweepExecutor.Target target, Outputs outputs, String format) throws Exception {
        List<SweepTask> tasks = sweep.tasks();
        SweepProgress progress = new SweepProgress(io, tasks.size());
        List<RunFigures> runs;
        try (Interruption interruption = new Interruption(true)) {
            try {
                runs = executor.execute(tasks, target, progress);
            } catch (InterruptedException e) {
                io.error(file + ": sweep cancelled after " + progress.done() + " of " + tasks.size()
                        + " runs; no report written");
                return ExitCodes.FAILED;
            } catch (SweepException e) {
                return io.fail(file + ": the sweep could not go on (" + executor.id() + " executor): "
                        + e.getMessage(), e);
            }
            interruption.writing();
            SweepResults results = SweepResults.of(sweep.plan(), runs, sweep.focus());
            io.progress(String.format(Locale.ROOT, "swept %d runs in %.2f s wall (%s executor%s)", tasks.size(),
                    progress.elapsedSeconds(), executor.id(), target.members().isEmpty() ? ""
                            : ", members " + String.join(",", target.members())));
            arguments.value(HTML).ifPresent(p -> outputs.add(Path.of(p), SweepReports.html(results)));
            arguments.value(JSON).ifPresent(p -> outputs.add(Path.of(p), SweepReports.json(results)));
            arguments.value(CSV).ifPresent(p -> outputs.add(Path.of(p), SweepReports.csv(results)));
            outputs.writeAll().forEach(path -> io.progress("wrote " + path));
            io.writeOutput(arguments, switch (format) {
                case "json" -> SweepReports.json(results);
                case "csv" -> SweepReports.csv(results);
                default -> SweepReports.text(results).getBytes(StandardCharsets.UTF_8);
            });
            return failures(io, file, results, tasks);
        }
    }

    /** Each failed run, one line with its combination and seed; exit 1 if there was one. */
    private static int failures(CommandIo io, Path file, SweepResults results, List<SweepTask> tasks) {
        int exit = ExitCodes.OK;
        for (var combination : results.combinations()) {
            for (int i = 0; i < combination.runs().size(); i++) {
                RunFigures run = combination.runs().get(i);
                if (run.failed()) {
                    Combination c = combination.combination();
                    io.error(file + ": configuration '" + c.configuration() + "'"
                            + (c.assignments().isEmpty() ? "" : " with " + c.label().substring(
                                    c.configuration().length() + 1)) + ", seed " + combination.seeds().get(i)
                            + ": " + run.failure());
                    exit = ExitCodes.FAILED;
                }
            }
        }
        return exit;
    }

    private SweepPlan plan(Arguments arguments, Path file, SweepInput input, List<VariedParameter> varied)
            throws Refusal, java.io.IOException {
        Optional<Scenario> scenario = input.scenario();
        List<VariedParameter> parameters = varied.isEmpty() ? input.scenarioParameters() : varied;
        List<String> configurations = input.configurations(arguments.values(CONFIG).stream()
                .flatMap(v -> List.of(v.split(",")).stream()).map(String::strip).filter(s -> !s.isEmpty()).toList());
        long nanos = arguments.value(DURATION).map(d -> Durations.nanos(DURATION.name(), d))
                .orElseGet(() -> Math.round(1e9 * scenario.map(Scenario::getDurationSeconds).filter(s -> s > 0)
                        .orElse(10.0)));
        long first = arguments.value(SEED).map(s -> Durations.seed(SEED.name(), s))
                .orElseGet(() -> scenario.map(Scenario::getSeed).orElse(1L));
        int count = whole(arguments, SEEDS, 1, MAX_SEEDS).orElseGet(() -> scenario.map(Scenario::getSeeds)
                .filter(n -> n >= 1 && n <= MAX_SEEDS).orElse(3));
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeds.add(first + i);
        }
        SweepPlan plan = new SweepPlan(input.model().getName(), file.toString(), input.text(), configurations,
                parameters, seeds, nanos);
        if (plan.runs() > SweepPlan.MAX_RUNS) {
            throw new Refusal(List.of(file + ": the sweep would make " + String.format(Locale.ROOT, "%,d",
                    plan.runs()) + " runs, more than " + String.format(Locale.ROOT, "%,d", SweepPlan.MAX_RUNS)
                    + " (fewer values or seeds)"));
        }
        return plan;
    }

    private SweepExecutor executor(Arguments arguments) {
        boolean cluster = arguments.has(CLUSTER);
        Optional<String> id = arguments.value(EXECUTOR);
        List<SweepExecutor> candidates = executors.stream().filter(e -> e.distributed() == cluster)
                .filter(e -> id.map(e.id()::equals).orElse(!cluster ? e.id().equals("local") : true)).toList();
        if (candidates.isEmpty()) {
            List<String> installed = executors.stream().map(e -> e.id() + (e.distributed() ? " (cluster)" : ""))
                    .toList();
            throw new UsageException((id.map(i -> "no sweep executor '" + i + "'").orElse(cluster
                    ? "no cluster executor installed" : "no local executor installed")) + (cluster ? " for --cluster"
                            : "") + " (installed: " + (installed.isEmpty() ? "none" : String.join(", ", installed))
                    + ")");
        }
        return candidates.get(0);
    }

    private static List<String> members(Arguments arguments) {
        List<String> members = new ArrayList<>();
        for (String value : arguments.values(CLUSTER)) {
            for (String member : value.split(",")) {
                String address = member.strip();
                if (!address.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
                    throw new UsageException("--cluster '" + value + "': each member is HOST:PORT (e.g. "
                            + "127.0.0.1:5701), not '" + address + "'");
                }
                members.add(address);
            }
        }
        return members;
    }

    private static Outputs outputs(Arguments arguments) {
        Outputs outputs = new Outputs(arguments.has(Option.FORCE), OutputFiles.inputsOf(arguments));
        for (Option report : List.of(HTML, JSON, CSV, Option.OUT)) {
            arguments.value(report).filter(p -> !p.equals("-")).ifPresent(p -> {
                if (p.isBlank()) {
                    throw new UsageException("--" + report.name() + " names no file");
                }
                outputs.claim(Path.of(p), "--" + report.name());
            });
        }
        return outputs;
    }

    private static Optional<Integer> whole(Arguments arguments, Option option, int min, int max) {
        Optional<String> text = arguments.value(option);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--" + option.name() + " '" + text.get() + "' is not a whole number from " + min
                + " to " + max);
    }
}
