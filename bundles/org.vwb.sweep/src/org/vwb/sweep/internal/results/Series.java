package org.vwb.sweep.internal.results;

import java.util.List;
import java.util.Optional;

/**
 * One line of the report's charts: the combinations that differ only in the x-axis parameter, ordered along x.
 *
 * @param label  what the line stands for (the configuration and the other parameters' values)
 * @param points the combinations, ascending in x, only those with a completed run
 * @param xs     the x value of each point
 * @param knee   the index in {@code points} of the knee, if the latency curve turns up within the sweep
 */
public record Series(String label, List<CombinationResult> points, List<Double> xs, Optional<Integer> knee) {

    /** The knee's p99 latency threshold: this many times the p99 at the series' lightest load. */
    public static final double KNEE_FACTOR = 2;

    public Series {
        points = List.copyOf(points);
        xs = List.copyOf(xs);
    }

    /**
     * The knee: the highest load whose mean p99 latency is still within {@link #KNEE_FACTOR} times the mean p99
     * at the lightest load, provided a higher load goes beyond it (else the knee is past the swept range, empty).
     * Needs two points at least.
     */
    static Optional<Integer> knee(List<CombinationResult> points) {
        if (points.size() < 2) {
            return Optional.empty();
        }
        double base = points.get(0).estimate(Metric.LATENCY_P99).mean();
        if (!(base > 0)) {
            return Optional.empty();
        }
        for (int i = 1; i < points.size(); i++) {
            double p99 = points.get(i).estimate(Metric.LATENCY_P99).mean();
            if (p99 > KNEE_FACTOR * base) {
                return Optional.of(i - 1);
            }
        }
        return Optional.empty();
    }

    public Optional<Double> kneeX() {
        return knee.map(xs::get);
    }
}
