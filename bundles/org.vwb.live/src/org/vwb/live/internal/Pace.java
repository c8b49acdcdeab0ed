package org.vwb.live.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vwb.core.LiveRuns;
import org.vwb.headless.UsageException;

/** Reads the durations and speeds people type: {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}; {@code 10}, {@code max}. */
final class Pace {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|ms|s|m|h)?");

    private Pace() {
    }

    /** Simulated nanoseconds; a bare number is seconds. */
    static long duration(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || Double.parseDouble(m.group(1)) <= 0) {
            throw new UsageException("invalid duration '" + text + "' (e.g. 30s, 500ms, 2m, 1h)");
        }
        double unit = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "m" -> 60e9;
            case "h" -> 3600e9;
            default -> 1e9;
        };
        return Math.max(1, Math.round(Double.parseDouble(m.group(1)) * unit));
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
}
