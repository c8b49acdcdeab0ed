package org.vwb.sweep.internal.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a chart: maps a value to 0..1 along it, linear from zero or logarithmic (chosen when the values
 * span more than a factor of 20, as rates from 100 to 100,000 and latencies from microseconds to
 * milliseconds do), with ticks at round values.
 */
final class Axis {

    private static final double LOG_SPAN = 20;

    private final boolean log;
    private final double low;
    private final double high;

    private Axis(boolean log, double low, double high) {
        this.log = log;
        this.low = low;
        this.high = high;
    }

    /** An axis that holds every finite value given (non-positive ones are ignored on a log axis). */
    static Axis covering(List<Double> values, boolean fromZero) {
        double min = values.stream().filter(v -> v > 0 && Double.isFinite(v)).mapToDouble(Double::doubleValue).min()
                .orElse(1);
        double max = values.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).max().orElse(1);
        if (max <= 0) {
            max = 1;
        }
        if (max / min > LOG_SPAN) {
            return new Axis(true, Math.pow(10, Math.floor(Math.log10(min))), Math.pow(10, Math.ceil(Math.log10(max))));
        }
        double step = niceStep((fromZero ? max : max - min) / 5);
        double low = fromZero ? 0 : Math.floor(min / step) * step;
        double high = Math.ceil(max / step) * step;
        return new Axis(false, low, high == low ? low + step : high);
    }

    boolean logarithmic() {
        return log;
    }

    double position(double value) {
        if (log) {
            double clamped = Math.max(value, low);
            return (Math.log10(clamped) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
        }
        return (value - low) / (high - low);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            for (double tick = low; tick <= high * 1.0001; tick *= 10) {
                ticks.add(tick);
            }
            return ticks;
        }
        double step = niceStep((high - low) / 5);
        for (double tick = low; tick <= high + step / 1000; tick += step) {
            ticks.add(Math.abs(tick) < step / 1000 ? 0 : tick);
        }
        return ticks;
    }

    /** 1, 2 or 5 times a power of ten, the nearest at or above {@code rough}. */
    private static double niceStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] { 1, 2, 5, 10 }) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }
}
