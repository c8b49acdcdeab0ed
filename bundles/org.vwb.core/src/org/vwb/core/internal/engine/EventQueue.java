package org.vwb.core.internal.engine;

import java.util.Arrays;

/**
 * A binary min-heap of events keyed by (time, sequence). The sequence number breaks ties in scheduling order,
 * which makes runs deterministic. Kept in parallel arrays rather than objects per entry: the heap is the engine's
 * hot path.
 */
public final class EventQueue {

    private long[] times = new long[1024];
    private long[] sequences = new long[1024];
    private Event[] events = new Event[1024];
    private int size;
    private long nextSequence;

    public void add(long time, Event event) {
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
            events = Arrays.copyOf(events, capacity);
        }
        long sequence = nextSequence++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, sequence, times[parent], sequences[parent])) {
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
        return times[0];
    }

    /** Removes and returns the earliest event; only when not empty. */
    public Event poll() {
        Event first = events[0];
        int last = --size;
        long time = times[last];
        long sequence = sequences[last];
        Event event = events[last];
        events[last] = null;
        int i = 0;
        int half = last >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < last && before(times[right], sequences[right], times[child], sequences[child])) {
                child = right;
            }
            if (!before(times[child], sequences[child], time, sequence)) {
                break;
            }
            move(child, i);
            i = child;
        }
        if (last > 0) {
            put(i, time, sequence, event);
        }
        return first;
    }

    private static boolean before(long time, long sequence, long otherTime, long otherSequence) {
        return time < otherTime || (time == otherTime && sequence < otherSequence);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        sequences[to] = sequences[from];
        events[to] = events[from];
    }

    private void put(int i, long time, long sequence, Event event) {
        times[i] = time;
        sequences[i] = sequence;
        events[i] = event;
    }
}
