package org.vwb.sweep.internal.results;

import java.util.List;

/**
 * A figure over the seeds of one combination: the mean and the half-width of its 95 % confidence interval,
 * mean ± t(0.975, n-1) · s / √n with s the sample standard deviation (Student's t, since a sweep has few seeds).
 * With one seed, or none, there is no interval: {@code halfWidth} is NaN.
 *
 * @param mean      arithmetic mean, NaN without values
 * @param halfWidth half the 95 % confidence interval's width
 * @param values    the values, in seed order
 */
public record Estimate(double mean, double halfWidth, List<Double> values) {

    public static final double CONFIDENCE = 0.95;

    public Estimate {
        values = List.copyOf(values);
    }

    public static Estimate of(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, values);
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
        if (n == 1) {
            return new Estimate(mean, Double.NaN, values);
        }
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double deviation = Math.sqrt(squares / (n - 1));
        return new Estimate(mean, StudentT.critical(CONFIDENCE, n - 1) * deviation / Math.sqrt(n), values);
    }

    public double low() {
        return Double.isNaN(halfWidth) ? mean : mean - halfWidth;
    }

    public double high() {
        return Double.isNaN(halfWidth) ? mean : mean + halfWidth;
    }
}
