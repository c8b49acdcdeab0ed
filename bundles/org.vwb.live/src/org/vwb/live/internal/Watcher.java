package org.vwb.live.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
 * The loop of {@code vwb watch}: polls the file's modification time and size (every 200 ms: portable, and a save
 * by rename is seen as well as one in place), hands each readable save to the run as one change set, prints the
 * verdict, and ends the run at its duration, at end of input or on Ctrl-C.
 */
final class Watcher {

    private static final long POLL_MILLIS = 200;
    private static final long PROGRESS_MILLIS = 1000;

    private final Path file;
    private final LiveRun run;
    private final CommandIo io;
    private final boolean json;
    private final InputStream stdin;
    private final CountDownLatch summarized = new CountDownLatch(1);

    Watcher(Path file, LiveRun run, CommandIo io, boolean json, InputStream stdin) {
        this.file = file;
        this.run = run;
        this.io = io;
        this.json = json;
        this.stdin = stdin;
    }

    int watch() throws InterruptedException {
        io.progress("watching " + file + ": configuration '" + run.configuration() + "' "
                + (run.speed() > 0 ? "at " + run.speed() + "x real time" : "as fast as possible")
                + "; save the file to change it, end input (Ctrl-D) or Ctrl-C to stop");
        Thread hook = new Thread(this::interrupted, "vwb watch: Ctrl-C");
        Runtime.getRuntime().addShutdownHook(hook);
        startInputWatch();
        String stamp = stamp();
        long nextProgress = System.currentTimeMillis() + PROGRESS_MILLIS;
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
        io.out().println(json ? SwapLines.summaryJson(end) : SwapLines.summaryText(end));
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
                    nextProgress += PROGRESS_MILLIS;
                    RunResult snapshot = run.snapshot();
                    io.progress(String.format(Locale.ROOT, "%s simulated, %.0f req/s, %d change sets",
                            SwapLines.seconds(snapshot.simulatedNanos()), snapshot.throughputPerSecond(),
                            snapshot.swaps().size()));
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("the run broke down: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private void saved() throws InterruptedException {
        try {
            SwapRecord swap = run.replace(ModelFiles.load(file)).get();
            io.out().println(json ? SwapLines.json(swap) : SwapLines.text(swap));
            io.out().flush();
        } catch (ModelLoadException e) {
            io.error(e.getMessage() + " (save ignored; the run goes on unchanged)");
        } catch (ExecutionException e) {
            io.error(file + ": the change could not be applied: " + e.getCause().getMessage());
        }
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

    /** Ctrl-C: stop the run and give the summary a moment to be printed before the JVM goes. */
    private void interrupted() {
        run.stop();
        try {
            summarized.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
