package org.vwb.live.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.vwb.core.CommandStackLink.Verdict;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/**
 * The shell's {@code vwb:} commands (Gogo functions; the shell prints what they return, and an exception as one
 * error line). They work on one loaded file, which the shell owns as an editor would ({@link ShellModel}), and
 * the live run that follows it, through {@link LiveRuns}. Every function takes its words as one list, so that a
 * wrong count is answered with the command's usage, not with Gogo's Java signatures.
 */
@Component(service = ShellCommands.class, property = { "osgi.command.scope=vwb", "osgi.command.function=load",
        "osgi.command.function=start", "osgi.command.function=pause", "osgi.command.function=resume",
        "osgi.command.function=stop", "osgi.command.function=status", "osgi.command.function=set",
        "osgi.command.function=undo", "osgi.command.function=redo", "osgi.command.function=plugins",
        "osgi.command.function=runs", "osgi.command.function=help" })
public final class ShellCommands {

    private final LiveRuns live;
    private final Simulator simulator;
    private final ShellModel model = new ShellModel();
    private Path loadedFile;
    private LiveRun current;
    private long currentNanos;

    @Activate
    public ShellCommands(@Reference LiveRuns live, @Reference Simulator simulator) {
        this.live = live;
        this.simulator = simulator;
    }

    @Deactivate
    void close() {
        model.close();
    }

    @Descriptor(ShellHelp.LOAD)
    public synchronized String load(@Descriptor(ShellHelp.WORDS) String... args) throws Exception {
        ShellHelp.expect("load", args, 1, 1);
        Model loaded = model.load(Path.of(args[0]));
        loadedFile = Path.of(args[0]);
        return "loaded " + args[0] + ": configurations " + loaded.getConfigurations().stream()
                .map(Configuration::getName).collect(Collectors.joining(", "));
    }

    @Descriptor(ShellHelp.START)
    public synchronized String start(@Descriptor(ShellHelp.WORDS) String... args) throws Exception {
        if (!model.loaded()) {
            throw new IllegalStateException("no file loaded: vwb:load FILE first");
        }
        String config = null;
        double speed = 1;
        long duration = Pace.duration("1h");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> config = ShellHelp.valueAfter("start", args, i++);
                case "--speed" -> speed = Pace.speed(ShellHelp.valueAfter("start", args, i++));
                default -> duration = Pace.duration(args[i]);
            }
        }
        current = model.start(live, config, new RunOptions(duration, 1, Math.max(1, duration / 1000)), speed);
        currentNanos = duration;
        return "run " + current.id() + " started: configuration '" + current.configuration() + "' of " + loadedFile
                + " for " + SwapLines.seconds(duration) + " simulated"
                + (speed > 0 ? " at " + speed + "x real time" : " as fast as possible");
    }

    @Descriptor(ShellHelp.PAUSE)
    public String pause(@Descriptor(ShellHelp.WORDS) String... args) {
        ShellHelp.expect("pause", args, 0, 0);
        run().pause();
        return "run " + run().id() + " paused at " + SwapLines.seconds(run().snapshot().simulatedNanos());
    }

    @Descriptor(ShellHelp.RESUME)
    public String resume(@Descriptor(ShellHelp.WORDS) String... args) {
        ShellHelp.expect("resume", args, 0, 0);
        run().resume();
        return "run " + run().id() + " resumed";
    }

    @Descriptor(ShellHelp.STOP)
    public String stop(@Descriptor(ShellHelp.WORDS) String... args) throws Exception {
        ShellHelp.expect("stop", args, 0, 0);
        run().stop();
        return summary();
    }

    /** The current run's summary once it ended (stop it first). */
    synchronized String summary() throws Exception {
        return SwapLines.summaryText(run().finished().get(10, TimeUnit.SECONDS), currentNanos);
    }

    @Descriptor(ShellHelp.STATUS)
    public String status(@Descriptor(ShellHelp.WORDS) String... args) {
        ShellHelp.expect("status", args, 0, 0);
        RunResult now = run().snapshot();
        return String.format(Locale.ROOT, "run %d %s: '%s' at %s simulated, %d events, %d change sets%n%s",
                run().id(), run().state().name().toLowerCase(Locale.ROOT), now.configuration(),
                SwapLines.seconds(now.simulatedNanos()), now.events(), now.swaps().size(), SwapLines.devices(now));
    }

    @Descriptor(ShellHelp.SET)
    public String set(@Descriptor(ShellHelp.WORDS) String... args) throws Exception {
        run();
        if (args.length == 2 && args[0].equals("vendor")) {
            String vendor = args[1];
            return verdict(model.execute(c -> Edits.adopt(c, variant(c, vendor), vendorId(vendor))));
        }
        if (args.length < 3 || args.length % 2 == 0) {
            throw new IllegalArgumentException("usage: " + ShellHelp.usage("set"));
        }
        List<String> pairs = List.of(args).subList(1, args.length);
        return verdict(model.execute(c -> Edits.command(c, args[0], pairs)));
    }

    @Descriptor(ShellHelp.UNDO)
    public String undo(@Descriptor(ShellHelp.WORDS) String... args) throws Exception {
        ShellHelp.expect("undo", args, 0, 0);
        run();
        return verdict(model.undo());
    }

    @Descriptor(ShellHelp.REDO)
    public String redo(@Descriptor(ShellHelp.WORDS) String... args) throws Exception {
        ShellHelp.expect("redo", args, 0, 0);
        run();
        return verdict(model.redo());
    }

    @Descriptor(ShellHelp.PLUGINS)
    public String plugins(@Descriptor(ShellHelp.WORDS) String... args) {
        ShellHelp.expect("plugins", args, 0, 0);
        return simulator.plugins().stream().map(p -> String.format(Locale.ROOT, "%-16s %-24s %s %s  %s", p.type(),
                p.id(), p.bundle(), p.version(), p.description())).collect(Collectors.joining("\n"));
    }

    @Descriptor(ShellHelp.RUNS)
    public String runs(@Descriptor(ShellHelp.WORDS) String... args) {
        ShellHelp.expect("runs", args, 0, 0);
        return live.runs().stream().map(r -> r.id() + " " + r.state().name().toLowerCase(Locale.ROOT) + " "
                + r.configuration() + " " + SwapLines.seconds(r.snapshot().simulatedNanos()))
                .collect(Collectors.joining("\n"));
    }

    @Descriptor(ShellHelp.HELP)
    public String help(@Descriptor(ShellHelp.WORDS) String... args) {
        ShellHelp.expect("help", args, 0, 1);
        return args.length == 0 ? ShellHelp.overview() : ShellHelp.of(args[0]);
    }

    /** What Tab offers after {@code words} (the command first): see {@link ShellCompletions}. */
    List<String> completions(List<String> words) {
        try {
            return ShellCompletions.after(words, model.configuration(), simulator.vendorProfiles().stream()
                    .map(VendorProfile::id).sorted().toList());
        } catch (Exception e) {
            return List.of(); // completion is a help, never an error
        }
    }

    /** The run this shell started last, for the shell to stop and sum up when it ends. */
    synchronized LiveRun currentRun() {
        return current;
    }

    private Configuration variant(Configuration configuration, String vendor) {
        try {
            return simulator.variant(configuration, vendorId(vendor));
        } catch (NotRunnableException e) {
            throw new IllegalArgumentException(String.join("; ", e.reasons()));
        }
    }

    /** A profile's id, or the part after its vendor's name when only one profile has it (hyperv-2008). */
    private String vendorId(String vendor) {
        List<String> ids = simulator.vendorProfiles().stream().map(VendorProfile::id).sorted().toList();
        List<String> matches = ids.stream().filter(id -> id.equals(vendor) || id.endsWith("." + vendor)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new IllegalArgumentException((matches.isEmpty() ? "no vendor profile '" : "more than one vendor "
                + "profile is called '") + vendor + "' (installed: " + String.join(", ", ids) + ")");
    }

    private static String verdict(Verdict verdict) {
        String line = SwapLines.text(verdict.swap());
        if (!verdict.inStep()) {
            return line + " (it could not be undone in the shell's model, which no longer describes the run)";
        }
        return verdict.reverted().isEmpty() ? line : line + " (undone in the shell's model)";
    }

    private synchronized LiveRun run() {
        if (current == null) {
            throw new IllegalStateException("no run: vwb:load FILE, then vwb:start");
        }
        return current;
    }
}
