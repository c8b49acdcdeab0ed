package org.vwb.core.internal.paths;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Moves what waits in a queue into a batch. {@code new ArrayList<>(queue)} copied the queue into an array first,
 * then into the list: two allocations per batch, on every handler run and back-end pass of every device. Each stage
 * keeps its own batch list and refills it: a stage runs one pass at a time and is done with its last batch before
 * it takes the next.
 */
final class Batches {

    private Batches() {
    }

    /** Empties {@code into}, then moves every element of {@code from} into it, in order; returns {@code into}. */
    static <T> List<T> refill(ArrayDeque<T> from, List<T> into) {
        into.clear();
        for (T element = from.poll(); element != null; element = from.poll()) {
            into.add(element);
        }
        return into;
    }
}
