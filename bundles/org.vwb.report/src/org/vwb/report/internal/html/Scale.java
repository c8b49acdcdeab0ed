package org.vwb.report.internal.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a value to a position 0..1 along a chart's axis, linearly from 0 or logarithmically over whole decades,
 * and says where the ticks go. Values the scale cannot show (below a log scale's first decade) sit at 0.
 */
final class Scale {

    private final boolean logarithmic;
    private final double low;
    private final double high;

    private Scale(boolean logarithmic, double low, double high) {
        this.logarithmic = logarithmic;
        this.low = low;
        this.high = high;
    }

    /** From 0 to a round number at or above the largest bar. */
    static Scale linear(List<BarChart.Bar> bars) {
        return linear(bars.stream().mapToDouble(BarChart.Bar::total).max().orElse(0));
    }

    static Scale linear(double max) {
        return new Scale(false, 0, niceStep(max) * 4);
    }

    /** From the decade at or below {@code min} to the decade at or above {@code max}, at least one decade. */
    static Scale logarithmic(double min, double max) {
        double low = Math.floor(Math.log10(min));
        double high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(max, min))));
        return new Scale(true, low, high);
    }

    double position(double value) {
        if (logarithmic) {
            return value <= 0 ? 0 : Math.max(0, Math.min(1, (Math.log10(value) - low) / (high - low)));
        }
        return high == 0 ? 0 : Math.max(0, Math.min(1, value / high));
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (logarithmic) {
            for (double decade = low; decade <= high; decade++) {
                ticks.add(Math.pow(10, decade));
            }
        } else {
            for (int i = 0; i <= 4; i++) {
                ticks.add(high * i / 4);
            }
        }
        return ticks;
    }

    /**
     * The unlabelled grid lines of a log scale, 2 to 9 times each decade, so the eye can tell 3 from 8 on a
     * compressed axis; none on a linear scale.
     */
    List<Double> minorTicks() {
        List<Double> ticks = new ArrayList<>();
        for (double decade = low; logarithmic && decade < high; decade++) {
            for (int m = 2; m <= 9; m++) {
                ticks.add(m * Math.pow(10, decade));
            }
        }
        return ticks;
    }

    /** 1, 2 or 5 times a power of ten, so four steps reach at least {@code max}. */
    private static double niceStep(double max) {
        if (!(max > 0) || Double.isInfinite(max)) {
            return 1;
        }
        double raw = max / 4;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }
}
