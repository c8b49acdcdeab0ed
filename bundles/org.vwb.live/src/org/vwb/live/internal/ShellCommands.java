package org.vwb.live.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;

/**
 * The shell's {@code vwb:} commands (Gogo functions; the shell prints what they return, and an exception as one
 * error line). They work on one loaded file and the current live run, through {@link LiveRuns}.
 */
@Component(service = ShellCommands.class, property = { "osgi.command.scope=vwb", "osgi.command.function=load",
        "osgi.command.function=start", "osgi.command.function=pause", "osgi.command.function=resume",
        "osgi.command.function=stop", "osgi.command.function=status", "osgi.command.function=set",
        "osgi.command.function=plugins", "osgi.command.function=runs" })
public final class ShellCommands {

    private final LiveRuns live;
    private final Simulator simulator;
    private Path loadedFile;
    private Model loaded;
    private LiveRun current;

    @Activate
    public ShellCommands(@Reference LiveRuns live, @Reference Simulator simulator) {
        this.live = live;
        this.simulator = simulator;
    }

    @Descriptor("load a .vwb file for vwb:start")
    public synchronized String load(@Descriptor("the file") String file) throws Exception {
        loaded = ModelFiles.load(Path.of(file));
        loadedFile = Path.of(file);
        return "loaded " + file + ": configurations " + loaded.getConfigurations().stream()
                .map(c -> c.getName()).collect(Collectors.joining(", "));
    }

    @Descriptor("start the loaded file's configuration live: [--config NAME] [--speed FACTOR|max] [DURATION]")
    public synchronized String start(String... args) throws Exception {
        if (loaded == null) {
            throw new IllegalStateException("no file loaded: vwb:load FILE first");
        }
        String config = null;
        double speed = 1;
        long duration = Pace.duration("1h");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> config = args[++i];
                case "--speed" -> speed = Pace.speed(args[++i]);
                default -> duration = Pace.duration(args[i]);
            }
        }
        current = live.start(EcoreUtil.copy(loaded), config, new RunOptions(duration, 1, Math.max(1, duration
                / 1000)), speed);
        return "run " + current.id() + " started: configuration '" + current.configuration() + "' of " + loadedFile
                + " for " + SwapLines.seconds(duration) + " simulated"
                + (speed > 0 ? " at " + speed + "x real time" : " as fast as possible");
    }

    @Descriptor("pause the current run")
    public String pause() {
        run().pause();
        return "run " + run().id() + " paused at " + SwapLines.seconds(run().snapshot().simulatedNanos());
    }

    @Descriptor("resume the current run")
    public String resume() {
        run().resume();
        return "run " + run().id() + " resumed";
    }

    @Descriptor("stop the current run and print its summary")
    public String stop() throws Exception {
        run().stop();
        return SwapLines.summaryText(run().finished().get(10, TimeUnit.SECONDS));
    }

    @Descriptor("live figures of the current run, one line per device")
    public String status() {
        RunResult now = run().snapshot();
        return String.format(Locale.ROOT, "run %d %s: '%s' at %s simulated, %d events, %d change sets%n%s",
                run().id(), run().state().name().toLowerCase(Locale.ROOT), now.configuration(),
                SwapLines.seconds(now.simulatedNanos()), now.events(), now.swaps().size(), SwapLines.devices(now));
    }

    @Descriptor("change the running configuration, one change set: VM/DEVICE mode|model VALUE..., "
            + "hypervisor vendor|placement VALUE..., VM vcpus N")
    public String set(@Descriptor("VM/DEVICE, VM or hypervisor") String target,
            @Descriptor("pairs of property and value") String... pairs) throws Exception {
        if (pairs.length == 0 || pairs.length % 2 != 0) {
            throw new IllegalArgumentException("usage: vwb:set TARGET PROPERTY VALUE [PROPERTY VALUE]...");
        }
        return SwapLines.text(run().change(c -> Edits.apply(c, target, List.of(pairs))).get(30, TimeUnit.SECONDS));
    }

    @Descriptor("the installed device models, placements, vendor profiles and cost models")
    public String plugins() {
        return simulator.plugins().stream().map(p -> String.format(Locale.ROOT, "%-16s %-24s %s %s  %s", p.type(),
                p.id(), p.bundle(), p.version(), p.description())).collect(Collectors.joining("\n"));
    }

    @Descriptor("every live run: id, state, configuration, simulated time")
    public String runs() {
        return live.runs().stream().map(r -> r.id() + " " + r.state().name().toLowerCase(Locale.ROOT) + " "
                + r.configuration() + " " + SwapLines.seconds(r.snapshot().simulatedNanos()))
                .collect(Collectors.joining("\n"));
    }

    private synchronized LiveRun run() {
        if (current == null) {
            throw new IllegalStateException("no run: vwb:load FILE, then vwb:start");
        }
        return current;
    }
}
