package org.vwb.core.internal.engine;

import java.util.Arrays;

/**
 * A 4-ary min-heap of events keyed by (time, sequence), the sequence given by its {@link EventQueue}. Time and
 * sequence of an entry sit side by side in one array, so the four children of a node share a cache line; with
 * half the depth of a binary heap. The events themselves stay put in numbered slots and the heap moves only
 * their numbers: under G1 every reference stored into this long-lived array costs a write barrier and a dirty
 * card for the collector's refinement threads to scan, which on two cores took the simulation's own CPU. Each
 * event is now stored once and cleared once, however far it sifts.
 */
final class EventHeap {

    private long[] keys = new long[2 * 256];
    private int[] slotAt = new int[256];
    private Event[] slots = new Event[256];
    private int[] freeSlots = new int[256];
    private int free;
    private int size;

    void add(long time, long sequence, Event event) {
        if (size == slotAt.length) {
            grow();
        }
        int slot = free > 0 ? freeSlots[--free] : size;
        slots[slot] = event;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!less(time, sequence, keys[2 * parent], keys[2 * parent + 1])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        put(i, time, sequence, slot);
    }

    /** Every slot below {@code size} is taken when the heap is full, so new slots continue from there. */
    private void grow() {
        int capacity = size * 2;
        keys = Arrays.copyOf(keys, 2 * capacity);
        slotAt = Arrays.copyOf(slotAt, capacity);
        slots = Arrays.copyOf(slots, capacity);
        freeSlots = Arrays.copyOf(freeSlots, capacity);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Time of the earliest event; only when not empty. */
    long peekTime() {
        return keys[0];
    }

    /** Sequence of the earliest event; only when not empty. */
    long peekSequence() {
        return keys[1];
    }

    /** Removes and returns the earliest event; only when not empty. */
    Event poll() {
        int firstSlot = slotAt[0];
        Event first = slots[firstSlot];
        slots[firstSlot] = null;
        freeSlots[free++] = firstSlot;
        int last = --size;
        long time = keys[2 * last];
        long sequence = keys[2 * last + 1];
        int slot = slotAt[last];
        int i = 0;
        while (true) {
            int child = 4 * i + 1;
            if (child >= last) {
                break;
            }
            int best = child;
            int end = Math.min(child + 4, last);
            for (int c = child + 1; c < end; c++) {
                if (less(keys[2 * c], keys[2 * c + 1], keys[2 * best], keys[2 * best + 1])) {
                    best = c;
                }
            }
            if (!less(keys[2 * best], keys[2 * best + 1], time, sequence)) {
                break;
            }
            move(best, i);
            i = best;
        }
        if (last > 0) {
            put(i, time, sequence, slot);
        }
        return first;
    }

    static boolean less(long time, long sequence, long otherTime, long otherSequence) {
        return time < otherTime || (time == otherTime && sequence < otherSequence);
    }

    private void move(int from, int to) {
        keys[2 * to] = keys[2 * from];
        keys[2 * to + 1] = keys[2 * from + 1];
        slotAt[to] = slotAt[from];
    }

    private void put(int i, long time, long sequence, int slot) {
        keys[2 * i] = time;
        keys[2 * i + 1] = sequence;
        slotAt[i] = slot;
    }
}
