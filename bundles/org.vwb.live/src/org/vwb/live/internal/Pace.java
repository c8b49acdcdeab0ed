package org.vwb.live.internal;

import org.vwb.core.LiveRuns;
import org.vwb.headless.Durations;
import org.vwb.headless.UsageException;

/** Reads the durations and speeds people type: {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}; {@code 10}, {@code max}. */
final class Pace {

    private Pace() {
    }

    /** Simulated nanoseconds, as every command reads them ({@link Durations}). */
    static long duration(String text) {
        return Durations.nanos("duration", text);
    }

    /** Simulated seconds per wall second, or {@link LiveRuns#AS_FAST_AS_POSSIBLE} for {@code max}. */
    static double speed(String text) {
        if ("max".equalsIgnoreCase(text.trim())) {
            return LiveRuns.AS_FAST_AS_POSSIBLE;
        }
        try {
            double speed = Double.parseDouble(text.trim());
            if (speed > 0 && Double.isFinite(speed)) {
                return speed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the other wrong values
        }
        throw new UsageException("invalid speed '" + text + "' (a factor above 0, e.g. 1 for real time, or 'max')");
    }

    /** A speed in words: {@code at 10x real time}, {@code as fast as possible}. */
    static String words(double speed) {
        return speed > 0 ? "at " + (speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed))
                + "x real time" : "as fast as possible";
    }
}
