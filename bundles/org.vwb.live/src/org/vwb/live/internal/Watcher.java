package org.vwb.live.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.vwb.core.LiveRun;
import org.vwb.core.PluginCalls;
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
 * The loop never waits for a change set: a save's verdict is printed when it comes, in the order of the saves,
 * and one that has not come after twice the plugin time-out is said to be waiting, so a stuck plugin can delay a
 * verdict but never the watch, its live lines or its end.
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
    /** The saves handed to the run whose verdicts are not printed yet, oldest first. */
    private final Deque<PendingSave> pending = new ArrayDeque<>();

    /** A save handed to the run: its verdict to come, and when it was handed over. */
    private static final class PendingSave {
        final CompletableFuture<SwapRecord> verdict;
        final long submittedNanos;
        boolean saidWaiting;

        PendingSave(CompletableFuture<SwapRecord> verdict) {
            this.verdict = verdict;
            this.submittedNanos = System.nanoTime();
        }
    }

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
        reportVerdicts();
        unanswered();
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
                reportVerdicts();
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

    private void saved() {
        try {
            pending.addLast(new PendingSave(run.submit(ModelFiles.load(file))));
        } catch (ModelLoadException e) {
            io.error(e.getMessage() + " (save ignored; the run goes on unchanged)");
        }
    }

    /** Prints the verdicts that have come, in the order of the saves; says once of a late one that it waits. */
    private void reportVerdicts() {
        while (!pending.isEmpty() && pending.peekFirst().verdict.isDone()) {
            print(pending.removeFirst().verdict);
        }
        PendingSave oldest = pending.peekFirst();
        if (oldest != null && !oldest.saidWaiting && System.nanoTime() - oldest.submittedNanos > 2 * PluginCalls
                .timeoutNanos()) {
            oldest.saidWaiting = true;
            io.endStatus();
            io.error(file + ": a change saved " + (System.nanoTime() - oldest.submittedNanos) / 1_000_000_000L
                    + " s ago is not applied yet (a plugin may be stuck; the plugin time-out is "
                    + PluginCalls.timeout() + "); the run goes on, and its verdict will be printed when it comes");
        }
    }

    /** At the end: the saves whose verdict never came. */
    private void unanswered() {
        while (!pending.isEmpty()) {
            pending.removeFirst();
            io.error(file + ": a saved change got no verdict before the run ended: it was not applied");
        }
    }

    private void print(CompletableFuture<SwapRecord> verdict) {
        try {
            SwapRecord swap = verdict.join();
            io.endStatus();
            io.out().println(json ? SwapLines.json(swap) : SwapLines.text(swap) + (swap.applied() ? ""
                    : " (the run goes on with the last applied version of the file)"));
            io.out().flush();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            io.error(file + ": the change could not be applied: " + cause.getMessage());
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
