package org.vwb.benchmarks;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The yardstick for the engine: a bare binary-heap event loop (java.util.PriorityQueue) that does nothing but
 * pop an event and push a successor at a random later time, keeping as many events pending as the simulation
 * had. What the engine adds on top of this is the whole of vwb's mechanism work.
 */
final class BareHeapLoop {

    private record Event(long time, long sequence) implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            int byTime = Long.compare(time, other.time);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private BareHeapLoop() {
    }

    /** Runs {@code events} events with {@code pending} in the heap; returns wall nanoseconds. */
    static long run(long events, int pending) {
        SplittableRandom random = new SplittableRandom(1);
        PriorityQueue<Event> heap = new PriorityQueue<>();
        long sequence = 0;
        for (int i = 0; i < pending; i++) {
            heap.add(new Event(random.nextLong(1_000_000), sequence++));
        }
        long checksum = 0;
        long start = System.nanoTime();
        for (long i = 0; i < events; i++) {
            Event next = heap.poll();
            checksum += next.time();
            heap.add(new Event(next.time() + 1 + random.nextLong(1_000_000), sequence++));
        }
        long wall = System.nanoTime() - start;
        if (checksum == 42) {
            System.err.print("");
        }
        return wall;
    }
}
