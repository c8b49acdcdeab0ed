package org.vwb.charts.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis: linear from a rounded minimum to a rounded maximum that always include zero (bars and rates
 * start at a baseline, so lengths compare honestly), or logarithmic over whole decades, for positive values only
 * (a log scale cannot show zero, so it refuses one instead of hiding it).
 */
public final class Scale {

    private static final int TARGET_TICKS = 5;

    private final double min;
    private final double max;
    private final double step;
    private final boolean log;
    /** Computed once: a live chart asks for them several times per paint. */
    private final List<Double> ticks;

    private Scale(double min, double max, double step, boolean log) {
        this.min = min;
        this.max = max;
        this.step = step;
        this.log = log;
        List<Double> values = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            double t = min + i * step;
            values.add(log ? Math.pow(10, t) : clean(t));
        }
        this.ticks = List.copyOf(values);
    }

    /** A linear scale covering {@code [low, high]} and zero, with round tick steps (1, 2 or 5 times a power of 10). */
    public static Scale linear(double low, double high) {
        double from = Math.min(0, finiteOr(low, 0));
        double to = Math.max(0, finiteOr(high, 0));
        if (to - from <= 0) {
            to = from + 1;
        }
        double step = niceStep((to - from) / TARGET_TICKS);
        return new Scale(Math.floor(from / step) * step, Math.ceil(to / step) * step, step, false);
    }

    /** A logarithmic scale over the whole decades that hold {@code [low, high]}; both must be above zero. */
    public static Scale logarithmic(double low, double high) {
        if (!(low > 0) || !(high > 0)) {
            throw new IllegalArgumentException("a logarithmic scale needs values above zero, not " + low + ".." + high);
        }
        double from = Math.floor(Math.log10(Math.min(low, high)));
        double to = Math.ceil(Math.log10(Math.max(low, high)));
        if (to <= from) {
            to = from + 1;
        }
        return new Scale(from, to, 1, true);
    }

    /** Where a value lies on the scale, 0 at the minimum, 1 at the maximum (outside for values out of range). */
    public double fraction(double value) {
        if (log) {
            return value <= 0 ? Double.NEGATIVE_INFINITY : (Math.log10(value) - min) / (max - min);
        }
        return (value - min) / (max - min);
    }

    /** The values at which ticks are drawn, from the minimum to the maximum. */
    public List<Double> ticks() {
        return ticks;
    }

    public double minimum() {
        return log ? Math.pow(10, min) : min;
    }

    public double maximum() {
        return log ? Math.pow(10, max) : max;
    }

    public boolean isLogarithmic() {
        return log;
    }

    static double niceStep(double rough) {
        if (!(rough > 0) || Double.isInfinite(rough)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double residual = rough / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static double clean(double value) {
        // 0.1 + 0.2 style residue would print as 0.30000000000000004
        // (ten significant digits; a BigDecimal rounds them without the Formatter's cost)
        return Math.abs(value) < 1e-12 ? 0
                : new java.math.BigDecimal(value).round(new java.math.MathContext(10)).doubleValue();
    }

    private static double finiteOr(double value, double fallback) {
        return Double.isFinite(value) ? value : fallback;
    }
}
