package org.vwb.core.internal.engine;

import java.util.Arrays;

/**
 * Far events (each workload's next arrival) in a calendar: time is cut into windows of {@link #WINDOW_NANOS}; the
 * window being served is a small heap, the next {@link #WINDOWS} windows are unsorted buckets, and anything later
 * waits in an overflow heap. An arrival is appended to its window's bucket (one cache line, the bucket's tail) and
 * sifts only through the small heap of its own window when that window's turn comes.
 * <p>
 * Why: at scale there is one far event per device, tens of thousands, and a heap that large put every arrival
 * through eight levels of sifting on add and again on poll, the lower levels out of the core's cache, about a
 * dozen cache misses per request (issue 13, {@code bench scale}). A window of 65.5 &micro;s holds about 130
 * arrivals of the scale run (20,000 workloads at 100 per second), a heap of four levels.
 * <p>
 * The order is exactly the heap's: every event keeps the (time, sequence) key it was given, the current window and
 * the overflow are heaps on that key, a bucket holds only times later than the current window's, and the caller
 * ({@link EventQueue}) takes the earliest head of this, the overflow and the near heap.
 */
final class FarEvents {

    static final int WINDOW_SHIFT = 16;
    static final long WINDOW_NANOS = 1L << WINDOW_SHIFT;
    static final int WINDOWS = 1024;

    private final EventHeap current = new EventHeap();
    private final EventHeap overflow = new EventHeap();
    private final FarEvent[][] events = new FarEvent[WINDOWS][];
    private final int[] counts = new int[WINDOWS];
    /** The window {@link #current} serves; buckets hold windows {@code currentWindow + 1 .. + WINDOWS - 1}. */
    private long currentWindow;
    private int inBuckets;
    /** What {@link Event#touch} read: kept so that the reads are made. */
    private long touched;

    void add(long time, long sequence, FarEvent event) {
        long window = time >>> WINDOW_SHIFT;
        if (window <= currentWindow) {
            current.add(time, sequence, event);
        } else if (window - currentWindow < WINDOWS) {
            append((int) (window & (WINDOWS - 1)), time, sequence, event);
        } else {
            overflow.add(time, sequence, event);
        }
    }

    private void append(int bucket, long time, long sequence, FarEvent event) {
        if (event.inBucket) {
            throw new IllegalStateException("a far event scheduled again while it waits: " + event);
        }
        int count = counts[bucket];
        FarEvent[] bucketEvents = events[bucket];
        if (bucketEvents == null || count == bucketEvents.length) {
            int capacity = bucketEvents == null ? 16 : count * 2;
            events[bucket] = bucketEvents = bucketEvents == null ? new FarEvent[capacity]
                    : Arrays.copyOf(bucketEvents, capacity);
        }
        event.bucketTime = time;
        event.bucketSequence = sequence;
        event.inBucket = true;
        bucketEvents[count] = event;
        counts[bucket] = count + 1;
        inBuckets++;
    }

    boolean isEmpty() {
        return current.isEmpty() && inBuckets == 0 && overflow.isEmpty();
    }

    int size() {
        return current.size() + inBuckets + overflow.size();
    }

    /**
     * The heap holding the earliest far event: the current window's, or the overflow's when it is earlier; when the
     * current window is served, the next window with events becomes current first. Only when not empty.
     */
    EventHeap head() {
        if (current.isEmpty() && inBuckets > 0) {
            advance();
        }
        if (overflow.isEmpty()) {
            return current;
        }
        if (current.isEmpty()) {
            return overflow;
        }
        return EventHeap.less(current.peekTime(), current.peekSequence(), overflow.peekTime(),
                overflow.peekSequence()) ? current : overflow;
    }

    /** Moves to the next window that has events and heaps them up; its bucket is emptied for later windows. */
    private void advance() {
        long window = currentWindow + 1;
        int bucket = (int) (window & (WINDOWS - 1));
        while (counts[bucket] == 0) {
            window++;
            bucket = (int) (window & (WINDOWS - 1));
        }
        currentWindow = window;
        int count = counts[bucket];
        FarEvent[] bucketEvents = events[bucket];
        // every arrival's device first, so that their cache misses are under way together, then the heap work
        long sink = touched;
        for (int i = 0; i < count; i++) {
            sink += bucketEvents[i].touch();
        }
        touched = sink;
        for (int i = 0; i < count; i++) {
            FarEvent event = bucketEvents[i];
            event.inBucket = false;
            current.add(event.bucketTime, event.bucketSequence, event);
            bucketEvents[i] = null;
        }
        counts[bucket] = 0;
        inBuckets -= count;
    }
}
