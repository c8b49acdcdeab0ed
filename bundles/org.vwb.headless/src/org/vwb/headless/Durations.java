package org.vwb.headless;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated durations and seeds as people write them on any command line: {@code 10s}, {@code 500ms}, {@code 2m},
 * {@code 1h}, or a number of seconds, at most 1,000,000 s so that every run ends. One parser for every command,
 * so they all accept and refuse the same things.
 */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(ms|s|m|h)?");

    private Durations() {
    }

    /** The duration in nanoseconds; a malformed or non-positive one is a usage error naming the option. */
    public static long nanos(String option, String written) {
        Matcher m = DURATION.matcher(written.strip());
        if (!m.matches()) {
            throw new UsageException("--" + option + " '" + written + "' is not a duration (e.g. 10s, 500ms, 2m "
                    + "or a number of seconds)");
        }
        double seconds = Double.parseDouble(m.group(1)) * switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> 1e-3;
            case "m" -> 60;
            case "h" -> 3600;
            default -> 1;
        };
        long nanos = Math.round(seconds * 1e9);
        if (nanos <= 0 || seconds > 1e6) {
            throw new UsageException("--" + option + " '" + written + "' is out of range (above 0, at most "
                    + "1,000,000 s)");
        }
        return nanos;
    }

    /** A seed: any whole number. */
    public static long seed(String option, String written) {
        try {
            return Long.parseLong(written.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " '" + written + "' is not a whole number");
        }
    }
}
