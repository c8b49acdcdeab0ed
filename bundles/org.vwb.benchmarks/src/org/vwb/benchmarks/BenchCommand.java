package org.vwb.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vwb.core.ComparisonRunner;
import org.vwb.core.ContextResult;
import org.vwb.core.DeviceResult;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.headless.Arguments;
import org.vwb.headless.BundledExamples;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.Option;
import org.vwb.headless.UsageException;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;

/**
 * {@code vwb bench engine|scale|interactive}: prints the figures the speed and memory targets are judged by, a
 * verdict line per target ({@link Target}), and exits 1 when one is missed.
 */
@Component(service = Command.class, property = "vwb.command=bench")
public final class BenchCommand implements Command {

    private static final int BARE_RUNS = 3;
    private static final int MAX_WARM_UPS = 5;
    /** Compiler time below which a warm-up run counts as quiet: a few small methods, not the paths' hot loops. */
    private static final long QUIET_COMPILER_MILLIS = 50;
    private static final Option VMS = Option.value("vms", "N", "number of VMs (engine: 1000, scale: 10000)");
    private static final Option SECONDS = Option.value("seconds", "S",
            "simulated seconds (engine, scale: 10; interactive: 60)");
    /** The longest run {@code vwb run} and {@code vwb compare} accept, for the same reason: it must end. */
    private static final double MAX_SECONDS = 1e6;
    /** Ten times the scale target's VMs: beyond, the heap of any machine the targets are judged on runs out. */
    private static final int MAX_VMS = 100_000;
    private static final Path SEED = Path.of("examples/seed/esx-vs-hyperv.vwb");
    private static final Option CORES = Option.value("cores", "N",
            "host cores (engine: 16 per 1,000 VMs, at least 8; scale: 160; both about 80 % busy)");
    private static final int MAX_CORES = 100_000;
    /** The size the scale targets (< 60 s wall, < 2 GiB heap) are set for, docs/benchmarks.md. */
    private static final int SCALE_VMS = 10_000;
    private static final double SCALE_SECONDS = 10;
    /** The simulated seconds of the seed the interactive target (< 3 s wall) is set for. */
    private static final double INTERACTIVE_SECONDS = 60;

    private final Simulator simulator;

    @Activate
    public BenchCommand(@Reference Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "run a benchmark and print its figures (engine, scale, interactive)";
    }

    @Override
    public String usage() {
        return "engine|scale|interactive [FILE]";
    }

    @Override
    public String help() {
        return """
                engine       the simulation against a bare binary-heap event loop doing as many events
                scale        10,000 VMs x 2 devices x 100 requests/s for 10 simulated seconds: wall time, heap
                             (run with VWB_VMARGS=-Xmx2g to prove the memory target)
                interactive  the seed example compared across 4 vendor profiles for 60 simulated seconds

                Each benchmark ends with a line per target ('target wall time < 60 s: 50.6 s, met') and a verdict;
                the exit code is 1 when a target is MISSED. Targets are judged only at the size they are set for
                (scale: 10,000 VMs for 10 s; interactive: the seed for 60 s); other sizes say 'not judged'.""";
    }

    @Override
    public List<Option> options() {
        return List.of(VMS, SECONDS, CORES);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        arguments.requireOperands(1, "engine|scale|interactive");
        String which = arguments.operands().get(0);
        if (!List.of("engine", "scale", "interactive").contains(which)) {
            throw new UsageException("unknown benchmark '" + which + "': engine, scale or interactive");
        }
        int operands = which.equals("interactive") ? 2 : 1;
        if (arguments.operands().size() > operands) {
            throw new UsageException("bench " + which + " takes " + (operands == 1 ? "no FILE" : "one FILE only")
                    + ", not " + arguments.operands().subList(1, arguments.operands().size()));
        }
        if (which.equals("interactive") && arguments.has(VMS)) {
            throw new UsageException("--vms is for the engine and scale benchmarks; interactive runs the FILE's VMs");
        }
        double seconds = seconds(arguments, which.equals("interactive") ? INTERACTIVE_SECONDS : SCALE_SECONDS);
        return switch (which) {
            case "engine" -> {
                int vms = vms(arguments, 1_000);
                // the scale benchmark's host scaled down: 16 cores per 1,000 VMs keep it about 80 % busy, as there
                yield engine(io, vms, cores(arguments, Math.max(8, vms * 16 / 1000)), seconds);
            }
            case "scale" -> scale(io, vms(arguments, SCALE_VMS), cores(arguments, 160), seconds);
            default -> interactive(io, file(arguments), arguments.operands().size() == 1, seconds);
        };
    }

    /** The FILE given, else the seed example of the source tree or of the installation. */
    private static Path file(Arguments arguments) throws ModelLoadException {
        if (arguments.operands().size() > 1) {
            return Path.of(arguments.operands().get(1));
        }
        return BundledExamples.find(SEED).orElseThrow(() -> new ModelLoadException(SEED, 0,
                "no such file in the current folder or in vwb's installation (name a .vwb file instead)", null));
    }

    /** {@code --seconds}: simulated seconds above 0, at most {@value #MAX_SECONDS} as for {@code vwb run}. */
    static double seconds(Arguments arguments, double fallback) {
        Optional<String> text = arguments.value(SECONDS);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            double seconds = Double.parseDouble(text.get().strip());
            if (seconds > 0 && seconds <= MAX_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // said below, with the out-of-range values
        }
        throw new UsageException("--seconds '" + text.get() + "' is not a number of seconds above 0 and at most "
                + format("%,.0f", MAX_SECONDS));
    }

    /** {@code --vms}: a whole number from 1 to {@value #MAX_VMS}. */
    static int vms(Arguments arguments, int fallback) {
        Optional<String> text = arguments.value(VMS);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int vms = Integer.parseInt(text.get().strip());
            if (vms >= 1 && vms <= MAX_VMS) {
                return vms;
            }
        } catch (NumberFormatException e) {
            // said below, with the out-of-range values
        }
        throw new UsageException("--vms '" + text.get() + "' is not a whole number from 1 to "
                + format("%,d", MAX_VMS));
    }

    /** {@code --cores}: a whole number from 1 to {@value #MAX_CORES}. */
    static int cores(Arguments arguments, int fallback) {
        Optional<String> text = arguments.value(CORES);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int cores = Integer.parseInt(text.get().strip());
            if (cores >= 1 && cores <= MAX_CORES) {
                return cores;
            }
        } catch (NumberFormatException e) {
            // said below, with the out-of-range values
        }
        throw new UsageException("--cores '" + text.get() + "' is not a whole number from 1 to "
                + format("%,d", MAX_CORES));
    }

    private int engine(CommandIo io, int vms, int cores, double seconds) throws Exception {
        var configuration = ScaleConfiguration.of(vms, 100, cores);
        int warmUps = warmUp(configuration, seconds);
        // each phase starts from a collected heap, so none pays for collecting what an earlier phase left (the
        // third bare run used to take 0.8-1.3 s more CPU than the second: a collection of the engine's garbage)
        System.gc();
        long allocatedStart = allocatedBytes();
        long compilingStart = compilingMillis();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        RunResult result = simulator.run(configuration, RunOptions.seconds(seconds, 1));
        long wall = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        long compiling = compilingMillis() - compilingStart;
        long allocated = allocatedBytes() - allocatedStart;
        int pending = (int) Math.round(result.meanPendingEvents());
        // The yardstick is measured warm, three times, and judged by its median. Measured once and cold, as it was,
        // it carried the compiler's work and whatever load burst hit its two seconds: the same loop took 1.6 to
        // 3.7 s of CPU on this machine from one run to the next, while the engine's ten-odd seconds, after a
        // warm-up run of their own, moved by a few per cent. That is most of why the ratio moved.
        BareHeapLoop.run(result.events() / 10, pending);
        long[] bareCpus = new long[BARE_RUNS];
        long[] bareWalls = new long[BARE_RUNS];
        for (int run = 0; run < BARE_RUNS; run++) {
            System.gc();
            long bareCpuStart = processCpuNanos();
            bareWalls[run] = BareHeapLoop.run(result.events(), pending);
            bareCpus[run] = processCpuNanos() - bareCpuStart;
        }
        long bare = median(bareWalls);
        long bareCpu = median(bareCpus);
        io.out().println(format("engine: %,d events in %.2f s wall, %.2f s CPU = %,.0f events/s of wall, %,.0f of CPU"
                + " (%,d requests)", result.events(), wall / 1e9, cpu / 1e9, result.events() / (wall / 1e9),
                result.events() / (cpu / 1e9), completed(result)));
        // what says the engine was measured warm, as the yardstick is: the JIT's work during the measured run
        io.out().println(format("engine warmed up by %d run(s) of the same configuration; the JIT compiled for %,d ms"
                + " during the measured run", warmUps, compiling));
        io.out().println(format("bare binary-heap loop: %,d events, %,d pending (the engine's mean), warm, median of"
                + " %d runs: %.2f s wall, %.2f s CPU (CPU of each run: %s s)", result.events(), pending, BARE_RUNS,
                bare / 1e9, bareCpu / 1e9, Arrays.stream(bareCpus).mapToObj(c -> format("%.2f", c / 1e9))
                        .collect(Collectors.joining(", "))));
        // On a machine other processes share, wall time measures the share of the cores each phase happened to
        // get, and the two phases run at different moments; the process's CPU time (GC and compiler threads
        // included) measures the work itself. Both are printed; the target is judged on CPU time.
        io.out().println(format("ratio engine/bare: %.2f by CPU time (target >= 0.30), %.2f by wall time",
                (double) bareCpu / cpu, (double) bare / wall));
        // what the load of a shared machine cannot move: the heap the simulation allocates per event
        io.out().println(format("engine allocated %,.0f bytes per event", (double) allocated / result.events()));
        return Target.report(io, List.of(Target.atLeast("engine/bare by CPU time", (double) bareCpu / cpu, "",
                0.30)));
    }

    /**
     * Runs the measured configuration for a tenth of the measured time until the JIT compiler is quiet (at most
     * {@value #MAX_WARM_UPS} times); returns how many runs that took. The yardstick is measured warm, so the engine
     * must be too: the old warm-up (a tenth of the VMs for one simulated second, about 20,000 requests) left the C2
     * compiler busy for the first two seconds of the measured run, about 2 s of the engine's 9-10 s of process CPU
     * time (per-thread CPU from a flight recording, 2026-12-02 20:36 UTC), all of it charged to the engine.
     */
    private int warmUp(Configuration configuration, double seconds) throws NotRunnableException {
        for (int run = 1; run <= MAX_WARM_UPS; run++) {
            long compiling = compilingMillis();
            simulator.run(configuration, RunOptions.seconds(Math.max(0.1, seconds / 10), 1));
            if (compilingMillis() - compiling < QUIET_COMPILER_MILLIS) {
                return run;
            }
        }
        return MAX_WARM_UPS;
    }

    /** The JIT compiler's accumulated time, or 0 where the JVM does not say. */
    private static long compilingMillis() {
        var compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime()
                : 0;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Bytes allocated so far by the live threads of this process (the simulation runs on a pool thread). */
    private static long allocatedBytes() throws javax.management.JMException {
        // through the MBean server, as processCpuNanos: the com.sun.management interface is not an OSGi import
        long[] ids = ManagementFactory.getThreadMXBean().getAllThreadIds();
        long[] bytes = (long[]) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("java.lang:type=Threading"), "getThreadAllocatedBytes",
                new Object[] { ids }, new String[] { long[].class.getName() });
        return java.util.Arrays.stream(bytes).filter(b -> b > 0).sum();
    }

    /** CPU time of this process, every thread (the collector's and the compiler's included). */
    private static long processCpuNanos() throws javax.management.JMException {
        return (Long) ManagementFactory.getPlatformMBeanServer().getAttribute(
                new javax.management.ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
    }

    private int scale(CommandIo io, int vms, int cores, double seconds) throws Exception {
        var configuration = ScaleConfiguration.of(vms, 100, cores);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        RunResult result = simulator.run(configuration, RunOptions.seconds(seconds, 1));
        long wall = System.nanoTime() - start;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long requests = completed(result);
        double exits = result.devices().stream().mapToDouble(d -> d.exitsPerRequest() * d.completed()).sum();
        io.out().println(format("scale: %,d VMs x 2 devices x 100 req/s, %.0f simulated s, %d host cores", vms,
                seconds, cores));
        io.out().println(format("wall %.1f s (target < 60 s), %,d requests completed, %.2f us wall per request",
                wall / 1e9, requests, wall / 1e3 / Math.max(1, requests)));
        // an overloaded host only queues: its runs measure growing queues, not the simulator
        io.out().println(format("%,d requests issued, %,d still waiting or in flight; host cores %.0f %% busy",
                issued(result), issued(result) - requests, 100 * busy(result)));
        io.out().println(format("%,d events, %,.0f VM exits carried, heap peak %,d MiB of max %,d MiB (target < 2048)",
                result.events(), exits, peak >> 20, Runtime.getRuntime().maxMemory() >> 20));
        // the targets are for the default size: a smaller run meeting them proves nothing, a larger one missing
        // them breaks no promise
        boolean judged = vms == SCALE_VMS && seconds == SCALE_SECONDS;
        String size = format("ran %,d VMs for %.0f s; the targets are for %,d VMs for %.0f s", vms, seconds,
                SCALE_VMS, SCALE_SECONDS);
        return Target.report(io, List.of(Target.below("wall time", wall / 1e9, " s", 60).judgedOnlyIf(judged, size),
                Target.below("heap peak", peak >> 20, " MiB", 2048).judgedOnlyIf(judged, size)));
    }

    /** @param seed whether {@code file} is the seed example, which the target is for */
    private int interactive(CommandIo io, Path file, boolean seed, double seconds) throws Exception {
        Model model = ModelFiles.load(file);
        List<String> vendors = List.of("vmware.esxi-3.5", "microsoft.hyperv-2008", "vmware.esxi-8.0",
                "microsoft.hyperv-2022");
        ComparisonRunner runner = new ComparisonRunner(simulator);
        runner.run("warm-up", file.toString(), model.getConfigurations(), vendors, RunOptions.seconds(1, 42),
                (label, done) -> { });
        long start = System.nanoTime();
        var comparison = runner.run(model.getName(), file.toString(), model.getConfigurations(), vendors,
                RunOptions.seconds(seconds, 42), (label, done) -> { });
        long wall = System.nanoTime() - start;
        long requests = comparison.entries().stream().mapToLong(e -> completed(e.result())).sum();
        io.out().println(format("interactive: %s across %d vendor profiles, %d runs of %.0f simulated s",
                file, vendors.size(), comparison.entries().size(), seconds));
        io.out().println(format("wall %.2f s (target < 3 s), %,d requests", wall / 1e9, requests));
        return Target.report(io, List.of(Target.below("wall time", wall / 1e9, " s", 3).judgedOnlyIf(
                seed && seconds == INTERACTIVE_SECONDS, format("the target is for the seed example over %.0f s",
                        INTERACTIVE_SECONDS))));
    }

    private static long issued(RunResult result) {
        return result.devices().stream().mapToLong(DeviceResult::issued).sum();
    }

    private static double busy(RunResult result) {
        return result.contexts().stream().mapToDouble(ContextResult::utilization).sum();
    }

    private static long completed(RunResult result) {
        return result.devices().stream().mapToLong(DeviceResult::completed).sum();
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
