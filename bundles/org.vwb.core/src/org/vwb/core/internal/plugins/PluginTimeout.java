package org.vwb.core.internal.plugins;

import java.util.Locale;

/**
 * How long a single call into a plugin may take before vwb gives up on it: 10 s unless the system property
 * {@value #PROPERTY} says otherwise ({@code 30s}, {@code 500ms}, or seconds; {@code VWB_VMARGS=-Dvwb.plugin.timeout=30s}
 * for the command line). Read at every use, so a test sets it small around the cases it checks.
 */
public final class PluginTimeout {

    public static final String PROPERTY = "vwb.plugin.timeout";
    private static final long DEFAULT_NANOS = 10_000_000_000L;

    private PluginTimeout() {
    }

    /** The time-out in nanoseconds; an unreadable setting falls back to the default rather than to no bound. */
    public static long nanos() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_NANOS;
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        try {
            double amount;
            if (text.endsWith("ms")) {
                amount = Double.parseDouble(text.substring(0, text.length() - 2)) * 1e6;
            } else {
                amount = Double.parseDouble(text.endsWith("s") ? text.substring(0, text.length() - 1) : text) * 1e9;
            }
            return amount >= 1e6 && amount <= 86_400e9 ? Math.round(amount) : DEFAULT_NANOS;
        } catch (NumberFormatException e) {
            return DEFAULT_NANOS;
        }
    }

    /** The time-out as people read it: {@code 10 s}, {@code 250 ms}. */
    public static String text() {
        long nanos = nanos();
        return nanos % 1_000_000_000L == 0 ? nanos / 1_000_000_000L + " s" : Math.round(nanos / 1e6) + " ms";
    }
}
