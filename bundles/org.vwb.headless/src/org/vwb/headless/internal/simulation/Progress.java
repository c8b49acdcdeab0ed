package org.vwb.headless.internal.simulation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.vwb.headless.CommandIo;

/**
 * Progress of long runs for a person at a terminal: share of simulated time done, events per second and time
 * left, on one status line of stderr redrawn in place ({@link CommandIo#status}) four times a second, from the
 * first second on (so a short run shows none), and cleared when the command ends. Shown whenever stderr is a
 * terminal, also when stdout goes to a file; silent with {@code --quiet} and when stderr is not a terminal (a
 * script, a pipe, a test), where it would only be noise to filter out.
 */
public final class Progress {

    private static final long FIRST_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final CommandIo io;
    private final boolean shown;
    private final long started = System.nanoTime();
    private final Map<String, Double> fractions = new ConcurrentHashMap<>();
    private final int parts;
    private long lastShown = started + FIRST_NANOS - EVERY_NANOS;

    /** @param parts how many runs report (their fractions are averaged) */
    public Progress(CommandIo io, int parts) {
        this.io = io;
        this.parts = Math.max(1, parts);
        this.shown = io.showsStatus();
    }

    /** One run advanced to {@code fraction} of its simulated time, after {@code events} events (-1: unknown). */
    public void update(String run, double fraction, long events) {
        if (!shown) {
            return;
        }
        fractions.put(run, Math.min(1, fraction));
        long now = System.nanoTime();
        synchronized (this) {
            if (now - lastShown < EVERY_NANOS) {
                return;
            }
            lastShown = now;
        }
        double done = fractions.values().stream().mapToDouble(Double::doubleValue).sum() / parts;
        double elapsed = (now - started) / 1e9;
        StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT, "vwb: %3.0f%% simulated",
                done * 100));
        if (events >= 0) {
            line.append(String.format(java.util.Locale.ROOT, ", %,.0f events/s", events / elapsed));
        }
        if (done > 0.01) {
            line.append(String.format(java.util.Locale.ROOT, ", about %.0f s left", elapsed * (1 - done) / done));
        }
        io.status(line.toString());
    }
}
