package org.vwb.live.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.vwb.core.LiveRun;
import org.vwb.core.RunResult;
import org.vwb.core.SwapRecord;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;

/**
 * The loop of {@code vwb watch}, the owner of the run's model: the file. Polls its modification time and size
 * (every 200 ms: portable, and a save by rename is seen as well as one in place), hands each readable save to the
 * run as one change set ({@link LiveRun#submit}), prints the verdict (a refused save cannot be undone in the
 * user's file: the line says so and the run goes on with the last applied one), shows what each device costs
 * now, and ends the run at its duration, on SIGINT or SIGTERM, or at end of input when stdin is a terminal.
 */
final class Watcher {

    private static final long POLL_MILLIS = 200;
    /** A live line on a terminal (redrawn in place), or in a log (stderr not a terminal: a new line each time). */
    private static final long TERMINAL_LINE_MILLIS = 1000;
    private static final long LOG_LINE_MILLIS = 10_000;

    private final Path file;
    private final LiveRun run;
    private final CommandIo io;
    private final boolean json;
    private final InputStream stdin;
    private final boolean stdinIsTerminal;
    private final long durationNanos;
    private final CostLine costs = new CostLine();
    private final CountDownLatch summarized = new CountDownLatch(1);

    /** @param stdin read for its end only when {@code stdinIsTerminal}: elsewhere it ends at once, or never */
    Watcher(Path file, LiveRun run, CommandIo io, boolean json, InputStream stdin, boolean stdinIsTerminal,
            long durationNanos) {
        this.file = file;
        this.run = run;
        this.io = io;
        this.json = json;
        this.stdin = stdin;
        this.stdinIsTerminal = stdinIsTerminal;
        this.durationNanos = durationNanos;
    }

    int watch() throws InterruptedException {
        io.progress("watching " + file + ": configuration '" + run.configuration() + "' "
                + (run.speed() > 0 ? "at " + run.speed() + "x real time" : "as fast as possible")
                + "; save the file to change it; " + (stdinIsTerminal ? "Ctrl-D or Ctrl-C" : "SIGINT or SIGTERM")
                + " stops it");
        Thread hook = new Thread(this::interrupted, "vwb watch: signal");
        Runtime.getRuntime().addShutdownHook(hook);
        if (stdinIsTerminal) {
            startInputWatch();
        }
        String stamp = stamp();
        long nextProgress = System.currentTimeMillis() + lineMillis();
        RunResult end;
        try {
            end = awaitEnd(stamp, nextProgress);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for the summary below
            }
        }
        io.endStatus();
        io.out().println(json ? SwapLines.summaryJson(end, durationNanos) : SwapLines.summaryText(end,
                durationNanos));
        io.out().flush();
        summarized.countDown();
        if (end.status() == RunResult.Status.FAILED) {
            io.error(file + ": the run failed: " + end.failure());
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private RunResult awaitEnd(String initialStamp, long firstProgress) throws InterruptedException {
        String stamp = initialStamp;
        long nextProgress = firstProgress;
        while (true) {
            try {
                return run.finished().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                String now = stamp();
                if (!now.equals(stamp)) {
                    stamp = now;
                    saved();
                }
                if (System.currentTimeMillis() >= nextProgress) {
                    nextProgress += lineMillis();
                    String line = costs.next(run.snapshot());
                    if (io.showsStatus()) {
                        io.status(line);
                    } else {
                        io.progress(line);
                    }
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("the run broke down: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private void saved() throws InterruptedException {
        try {
            SwapRecord swap = run.submit(ModelFiles.load(file)).get();
            io.endStatus();
            io.out().println(json ? SwapLines.json(swap) : SwapLines.text(swap) + (swap.applied() ? ""
                    : " (the run goes on with the last applied version of the file)"));
            io.out().flush();
        } catch (ModelLoadException e) {
            io.error(e.getMessage() + " (save ignored; the run goes on unchanged)");
        } catch (ExecutionException e) {
            io.error(file + ": the change could not be applied: " + e.getCause().getMessage());
        }
    }

    private long lineMillis() {
        return io.showsStatus() ? TERMINAL_LINE_MILLIS : LOG_LINE_MILLIS;
    }

    /** Modification time and size: a change of either is a save. A missing file is a stamp too (deleted). */
    private String stamp() {
        try {
            return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return "missing";
        }
    }

    private void startInputWatch() {
        Thread input = new Thread(() -> {
            try {
                while (stdin.read() >= 0) {
                    // anything typed is ignored: only the end of input means stop
                }
            } catch (IOException e) {
                // an unreadable stdin is no reason to stop the run
                return;
            }
            run.stop();
        }, "vwb watch: stdin");
        input.setDaemon(true);
        input.start();
    }

    /** SIGINT (Ctrl-C) or SIGTERM: stop the run and give the summary a moment to be printed before the JVM goes. */
    private void interrupted() {
        run.stop();
        try {
            summarized.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
