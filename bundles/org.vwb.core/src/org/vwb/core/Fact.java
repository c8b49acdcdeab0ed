package org.vwb.core;

/**
 * A published figure with its source.
 *
 * @param value  the figure
 * @param unit   its unit, e.g. {@code bytes}, {@code lines}, {@code drivers}
 * @param source where it was read: document, table, page or URL
 */
public record Fact(double value, String unit, String source) {
}
