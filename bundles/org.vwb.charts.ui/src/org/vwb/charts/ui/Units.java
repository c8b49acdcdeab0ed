package org.vwb.charts.ui;

import java.util.Locale;

/** Short, unit-carrying labels for axes and tooltips: 3 significant digits, k/M/G for large values. */
public final class Units {

    private static final String[] PREFIXES = { "", "k", "M", "G", "T" };

    private Units() {
    }

    /** e.g. {@code 12 500} → {@code 12.5k}, {@code 0.25} → {@code 0.25}, {@code 3} → {@code 3}. */
    public static String compact(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        int prefix = 0;
        while (magnitude >= 1000 && prefix < PREFIXES.length - 1) {
            magnitude /= 1000;
            prefix++;
        }
        double shown = Math.signum(value) * magnitude;
        String digits;
        if (shown == Math.rint(shown)) {
            digits = String.format(Locale.ROOT, "%.0f", shown);
        } else if (magnitude >= 100) {
            digits = String.format(Locale.ROOT, "%.0f", shown);
        } else if (magnitude >= 10) {
            digits = String.format(Locale.ROOT, "%.1f", shown);
        } else if (magnitude >= 0.01) {
            digits = stripZeros(String.format(Locale.ROOT, "%.2f", shown));
        } else {
            digits = String.format(Locale.ROOT, "%.2g", shown);
        }
        return digits + PREFIXES[prefix];
    }

    /** A value with its unit, e.g. {@code 12.5k req/s}; no unit gives the bare number. */
    public static String withUnit(double value, String unit) {
        return unit == null || unit.isEmpty() ? compact(value) : compact(value) + " " + unit;
    }

    private static String stripZeros(String number) {
        return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
    }
}
