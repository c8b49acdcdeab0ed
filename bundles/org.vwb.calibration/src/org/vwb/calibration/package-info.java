/**
 * Calibration: the published measurements vwb's model can express (examples/validation/measurements.csv), each
 * computed from a scenario file and set beside the measured figure with the ratio. A row marked
 * {@code prediction} was not used to build the cost model; a row marked {@code calibration} was, and only checks
 * that the constant reaches the results unchanged.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.calibration;
