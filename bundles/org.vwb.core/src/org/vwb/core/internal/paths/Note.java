package org.vwb.core.internal.paths;

/**
 * What a step is, in words, for {@code vwb explain}. A function rather than a string so that ordinary runs,
 * which trace nothing, never pay for building the text on the hot path.
 */
@FunctionalInterface
public interface Note {
    String text();
}
