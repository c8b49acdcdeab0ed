package org.vwb.live.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.Terminals;
import org.vwb.headless.UsageException;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;

/** {@code vwb watch FILE}: runs a configuration live and applies the file's differences each time it is saved. */
@Component(service = Command.class, property = "vwb.command=watch")
public final class WatchCommand implements Command {

    static final Option CONFIG = Option.value("config", 'c', "NAME", "the configuration to run (default: the first)");
    static final Option DURATION = Option.value("duration", 'd', "TIME",
            "simulated time to run, e.g. 30s, 2m, 1h (default 1h)");
    static final Option SPEED = Option.value("speed", "FACTOR",
            "simulated seconds per wall-clock second: 1 = real time (default), 10, or max");
    static final Option FORMAT = Option.value("format", "text|json", "one line per change set as text or JSON");
    static final Option SEED = Option.value("seed", "N", "seed of the workloads (default 1)");

    private final LiveRuns live;
    private final InputStream stdin;
    private final boolean stdinIsTerminal;

    @Activate
    public WatchCommand(@Reference LiveRuns live) {
        this(live, System.in, Terminals.stdin());
    }

    /** @param stdinIsTerminal whether end of {@code stdin} means "stop" (a person typed Ctrl-D) */
    WatchCommand(LiveRuns live, InputStream stdin, boolean stdinIsTerminal) {
        this.live = live;
        this.stdin = stdin;
        this.stdinIsTerminal = stdinIsTerminal;
    }

    @Override
    public String name() {
        return "watch";
    }

    @Override
    public String summary() {
        return "run a configuration live and apply each saved change to it";
    }

    @Override
    public String usage() {
        return "FILE";
    }

    @Override
    public String help() {
        return """
                Runs a configuration of FILE on the simulated core, simulated time following the wall clock times
                --speed, and checks FILE for saves (every 200 ms). Each save is one change set: the differences are
                checked and applied at the next safe point (affected devices quiesced, switched, resumed), or
                refused with the reason while the run goes on unchanged. One line per change set on stdout
                (applied ... / refused ...; JSON objects with --format json); a save that is not a readable vwb file
                is one error line on stderr (file, line, reason) and is ignored. On stderr, what each device costs now
                (CPU microseconds and VM exits per request, requests per second): one line redrawn every second on
                a terminal, a new line every 10 s otherwise (a log). The run ends at --duration, on SIGINT (Ctrl-C)
                or SIGTERM, or at end of input (Ctrl-D) when stdin is a terminal (under nohup, < /dev/null, CI or
                in the background it runs on), with a summary line on stdout: completed, or stopped at its time.
                Exit code 0; 1 when FILE cannot be read or run at the start, or the run failed.""";
    }

    @Override
    public List<Option> options() {
        return List.of(CONFIG, DURATION, SPEED, FORMAT, SEED);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        List<Path> files = arguments.paths(1, "FILE");
        if (files.size() > 1) {
            throw new UsageException("watch takes one FILE, not " + files.size());
        }
        String format = arguments.value(FORMAT).orElse("text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("invalid format '" + format + "' (text or json)");
        }
        long duration = Pace.duration(arguments.value(DURATION).orElse("1h"));
        double speed = Pace.speed(arguments.value(SPEED).orElse("1"));
        long seed = seed(arguments.value(SEED).orElse("1"));
        Path file = files.get(0);
        Model model;
        LiveRun run;
        try {
            model = ModelFiles.load(file);
            run = live.start(model, arguments.value(CONFIG).orElse(null),
                    new RunOptions(duration, seed, Math.max(1, duration / 1000)), speed);
        } catch (ModelLoadException e) {
            return io.fail(e.getMessage(), e);
        } catch (NotRunnableException e) {
            e.reasons().forEach(r -> io.error(file + ": " + r));
            return ExitCodes.FAILED;
        }
        return new Watcher(file, run, io, format.equals("json"), stdin, stdinIsTerminal, duration).watch();
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("invalid seed '" + text + "' (a whole number)");
        }
    }
}
