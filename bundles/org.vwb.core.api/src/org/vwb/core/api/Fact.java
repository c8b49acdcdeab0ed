package org.vwb.core.api;

/**
 * A published figure with its source.
 *
 * @param value  the figure
 * @param unit   its unit, e.g. {@code bytes}, {@code lines}, {@code drivers}
 * @param source where it was read: document, table, page or URL
 *
 * @since 1.0
 */
public record Fact(double value, String unit, String source) {
}
