package org.vwb.charts.ui;

/**
 * An event drawn across a line chart at one x, e.g. a hot-swap: green when it took effect, red when refused.
 *
 * @param x     where (same unit as the chart's x)
 * @param label short text drawn beside the line and shown as tooltip
 * @param good  whether it went well
 */
public record Marker(double x, String label, boolean good) {
}
