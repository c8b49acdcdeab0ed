package org.vwb.calibration;

/**
 * A measured figure beside the model's.
 *
 * @param measurement what was measured, and where
 * @param model       the model's figure, or NaN when the scenario could not run
 * @param problem     why it could not, or empty
 */
public record Reproduction(Measurement measurement, double model, String problem) {

    /** Model over measured. */
    public double ratio() {
        return model / measurement.measured();
    }
}
