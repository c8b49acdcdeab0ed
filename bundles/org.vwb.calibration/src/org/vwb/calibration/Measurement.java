package org.vwb.calibration;

/**
 * One published figure and where vwb computes its counterpart.
 *
 * @param file          scenario file, relative to the measurements file
 * @param configuration configuration to run
 * @param vm            virtual machine (for {@link Metric#THROUGHPUT_RATIO}: the configuration divided by)
 * @param device        virtual device
 * @param metric        what to compute
 * @param measured      the published figure
 * @param unit          its unit
 * @param prediction    whether the cost model was built without this figure
 * @param source        paper, table, page
 */
public record Measurement(String file, String configuration, String vm, String device, Metric metric,
        double measured, String unit, boolean prediction, String source) {
}
