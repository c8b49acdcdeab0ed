package org.vwb.calibration;

/**
 * A measured figure beside the model's, with the two verdicts a comparison gets: whether the model is within 25%
 * of the published figure, and, for a ratio of two configurations, whether it goes the same way (both above 1,
 * both below, or both within 2% of it: "no difference").
 *
 * @param measurement what was measured, and where
 * @param model       the model's figure, or NaN when the scenario could not run
 * @param problem     why it could not, or empty
 */
public record Reproduction(Measurement measurement, double model, String problem) {

    /** Within this of 1, a ratio says "the same". */
    private static final double SAME = 0.02;
    /** The tolerance of the within verdict. */
    private static final double WITHIN = 0.25;

    /** Model over measured. */
    public double ratio() {
        return model / measurement.measured();
    }

    /** Whether the model's figure is within 25% of the published one. */
    public boolean within25Percent() {
        return Math.abs(ratio() - 1) <= WITHIN;
    }

    /** For a ratio of two configurations: whether the model points the same way as the publication; else empty. */
    public java.util.Optional<Boolean> directionRight() {
        if (!measurement.metric().ratio()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(direction(model) == direction(measurement.measured()));
    }

    private static int direction(double ratio) {
        return Math.abs(ratio - 1) <= SAME ? 0 : ratio > 1 ? 1 : -1;
    }

    /** The verdicts in words, e.g. {@code within 25%, direction right}. */
    public String verdict() {
        return (within25Percent() ? "within 25%" : "MISS") + directionRight()
                .map(right -> right ? ", direction right" : ", direction WRONG").orElse("");
    }
}
