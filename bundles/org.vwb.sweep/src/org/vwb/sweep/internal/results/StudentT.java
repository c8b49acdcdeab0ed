package org.vwb.sweep.internal.results;

/**
 * Quantiles of Student's t distribution, computed (not tabulated): the distribution function through the
 * regularized incomplete beta function (continued fraction, as in Press et al., Numerical Recipes, 3rd ed.,
 * section 6.4) inverted by bisection. Accurate to about 1e-9, far finer than any interval is printed.
 */
public final class StudentT {

    private StudentT() {
    }

    /** The two-sided critical value: P(|T| <= t) = {@code confidence} with {@code degrees} degrees of freedom. */
    public static double critical(double confidence, int degrees) {
        if (degrees < 1 || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("need degrees >= 1 and 0 < confidence < 1");
        }
        double tail = (1 - confidence) / 2;
        double low = 0;
        double high = 1;
        while (upperTail(high, degrees) > tail) {
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > 1e-12 * high; i++) {
            double middle = (low + high) / 2;
            if (upperTail(middle, degrees) > tail) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** P(T > t) for t >= 0: half the regularized incomplete beta I_x(v/2, 1/2) with x = v / (v + t²). */
    static double upperTail(double t, int degrees) {
        return 0.5 * incompleteBeta(degrees / (degrees + t * t), degrees / 2.0, 0.5);
    }

    private static double incompleteBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    /** Lentz's method for the continued fraction of the incomplete beta function. */
    private static double continuedFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 300; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + even * d, tiny);
            c = nonZero(1 + even / c, tiny);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + odd * d, tiny);
            c = nonZero(1 + odd / c, tiny);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double value, double tiny) {
        return Math.abs(value) < tiny ? tiny : value;
    }

    /** Lanczos approximation (g = 7, 9 terms), good to about 15 digits for positive arguments. */
    static double logGamma(double x) {
        double[] g = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7 };
        double z = x - 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
