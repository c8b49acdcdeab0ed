package org.vwb.core.internal.service;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

import org.vwb.core.SwapRecord;

/**
 * The swaps of a run, appended by its driving thread, with O(1) immutable views for snapshots. Every snapshot
 * carries the swaps so far, and every swap carries two snapshots: copying the list each time would cost O(n²)
 * memory over a run with thousands of swaps. A view sees a fixed prefix of an array that is only ever appended
 * to (and replaced, not changed, when it grows), so it never changes under its reader.
 */
final class SwapLog {

    private SwapRecord[] records = new SwapRecord[16];
    private int size;

    void add(SwapRecord swap) {
        if (size == records.length) {
            records = Arrays.copyOf(records, size * 2);
        }
        records[size++] = swap;
    }

    /** The swaps so far, as an immutable list. */
    List<SwapRecord> view() {
        return new View(records, size);
    }

    private static final class View extends AbstractList<SwapRecord> implements RandomAccess {
        private final SwapRecord[] records;
        private final int size;

        View(SwapRecord[] records, int size) {
            this.records = records;
            this.size = size;
        }

        @Override
        public SwapRecord get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return records[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
