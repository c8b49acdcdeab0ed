package org.vwb.core.internal.engine;

import java.util.Arrays;

/**
 * A 4-ary min-heap of events keyed by (time, sequence). The sequence number breaks ties in scheduling order,
 * which makes runs deterministic. Time and sequence of an entry sit side by side in one array, so the four
 * children of a node share a cache line; with half the depth of a binary heap this is the engine's hot path
 * made cheap (see docs/benchmarks.md).
 */
public final class EventQueue {

    private long[] keys = new long[2 * 1024];
    private Event[] events = new Event[1024];
    private int size;
    private long nextSequence;

    public void add(long time, Event event) {
        if (size == events.length) {
            events = Arrays.copyOf(events, size * 2);
            keys = Arrays.copyOf(keys, size * 4);
        }
        long sequence = nextSequence++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!before(time, sequence, parent)) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        put(i, time, sequence, event);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** Time of the earliest event; only when not empty. */
    public long peekTime() {
        return keys[0];
    }

    /** Removes and returns the earliest event; only when not empty. */
    public Event poll() {
        Event first = events[0];
        int last = --size;
        long time = keys[2 * last];
        long sequence = keys[2 * last + 1];
        Event event = events[last];
        events[last] = null;
        int i = 0;
        while (true) {
            int child = 4 * i + 1;
            if (child >= last) {
                break;
            }
            int best = child;
            int end = Math.min(child + 4, last);
            for (int c = child + 1; c < end; c++) {
                if (less(c, best)) {
                    best = c;
                }
            }
            if (!less(best, time, sequence)) {
                break;
            }
            move(best, i);
            i = best;
        }
        if (last > 0) {
            put(i, time, sequence, event);
        }
        return first;
    }

    /** Whether (time, sequence) comes before the entry at {@code index}. */
    private boolean before(long time, long sequence, int index) {
        long other = keys[2 * index];
        return time < other || (time == other && sequence < keys[2 * index + 1]);
    }

    private boolean less(int a, int b) {
        long ta = keys[2 * a];
        long tb = keys[2 * b];
        return ta < tb || (ta == tb && keys[2 * a + 1] < keys[2 * b + 1]);
    }

    private boolean less(int index, long time, long sequence) {
        long t = keys[2 * index];
        return t < time || (t == time && keys[2 * index + 1] < sequence);
    }

    private void move(int from, int to) {
        keys[2 * to] = keys[2 * from];
        keys[2 * to + 1] = keys[2 * from + 1];
        events[to] = events[from];
    }

    private void put(int i, long time, long sequence, Event event) {
        keys[2 * i] = time;
        keys[2 * i + 1] = sequence;
        events[i] = event;
    }
}
