package org.vwb.charts.ui;

import java.util.Arrays;

/**
 * A named sequence of points: for a line chart (x, y) pairs; for a bar chart one y per category (x ignored).
 *
 * @param name shown in the legend and tooltips
 * @param x    x values (e.g. simulated seconds), same length as y
 * @param y    y values
 */
public record Series(String name, double[] x, double[] y) {

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + ": " + x.length + " x values for " + y.length + " y");
        }
        x = x.clone();
        y = y.clone();
    }

    /** One value per category, for bar charts. */
    public static Series bars(String name, double... y) {
        double[] x = new double[y.length];
        Arrays.setAll(x, i -> i);
        return new Series(name, x, y);
    }

    public int size() {
        return y.length;
    }

    public double minY() {
        return Arrays.stream(y).filter(Double::isFinite).min().orElse(0);
    }

    public double maxY() {
        return Arrays.stream(y).filter(Double::isFinite).max().orElse(0);
    }

    public double minX() {
        return Arrays.stream(x).min().orElse(0);
    }

    public double maxX() {
        return Arrays.stream(x).max().orElse(0);
    }
}
