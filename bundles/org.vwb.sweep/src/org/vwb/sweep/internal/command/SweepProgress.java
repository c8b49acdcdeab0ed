package org.vwb.sweep.internal.command;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.vwb.headless.CommandIo;
import org.vwb.sweep.RunFigures;
import org.vwb.sweep.SweepExecutor;

/**
 * Runs done of the total, failures and time left, on stderr at most once a second, for a person at a terminal
 * only: silent with {@code --quiet} or when stderr is not a terminal (a pipe or a script would only filter it out).
 */
final class SweepProgress implements SweepExecutor.Listener {

    private static final long EVERY_NANOS = 1_000_000_000L;

    private final CommandIo io;
    private final int total;
    private final boolean shown;
    private final long started = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private long lastShown = started;

    SweepProgress(CommandIo io, int total, boolean terminal) {
        this.io = io;
        this.total = total;
        this.shown = terminal && !io.quiet();
    }

    @Override
    public void finished(RunFigures figures) {
        int runs = done.incrementAndGet();
        int failures = figures.failed() ? failed.incrementAndGet() : failed.get();
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        synchronized (this) {
            if (now - lastShown < EVERY_NANOS && runs < total) {
                return;
            }
            lastShown = now;
        }
        double elapsed = (now - started) / 1e9;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "sweep: %d of %d runs", runs, total));
        if (failures > 0) {
            line.append(String.format(Locale.ROOT, " (%d failed)", failures));
        }
        if (runs < total) {
            line.append(String.format(Locale.ROOT, ", about %.0f s left", elapsed * (total - runs) / runs));
        }
        io.progress(line.toString());
    }

    int done() {
        return done.get();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
