package org.vwb.core.internal.paths;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Moves what waits in a queue into a batch. {@code new ArrayList<>(queue)} copied the queue into an array first,
 * then into the list: two allocations per batch, on every handler run and back-end pass of every device.
 */
final class Batches {

    private Batches() {
    }

    /** Moves every element of {@code from}, in order, to the end of {@code into}; returns {@code into}. */
    static <T> List<T> takeAll(ArrayDeque<T> from, List<T> into) {
        for (T element = from.poll(); element != null; element = from.poll()) {
            into.add(element);
        }
        return into;
    }
}
