package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vwb.core.internal.engine.EventQueue;

class EventQueueTest {

    @Test
    void eventsFireInTimeOrderAndInSchedulingOrderAtTheSameInstant() {
        EventQueue queue = new EventQueue();
        PriorityQueue<long[]> reference = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0])
                : Long.compare(x[1], y[1]));
        Random random = new Random(7);
        long[] fired = new long[1];
        long next = 0;
        for (int step = 0; step < 200_000; step++) {
            if (random.nextInt(3) > 0 || reference.isEmpty()) {
                long time = random.nextInt(64);
                long id = next++;
                reference.add(new long[] {time, id});
                queue.add(time, () -> fired[0] = id);
            } else {
                long[] expected = reference.poll();
                assertEquals(expected[0], queue.peekTime());
                queue.poll().fire();
                assertEquals(expected[1], fired[0], "same instant: first scheduled fires first");
            }
        }
        assertEquals(reference.size(), queue.size());
    }

    @Test
    void farEventsFireInTheSameOrderAsNearOnes() {
        EventQueue queue = new EventQueue();
        PriorityQueue<long[]> reference = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0])
                : Long.compare(x[1], y[1]));
        Random random = new Random(11);
        long[] fired = new long[1];
        long next = 0;
        for (int step = 0; step < 200_000; step++) {
            if (random.nextInt(3) > 0 || reference.isEmpty()) {
                long time = random.nextInt(64);
                long id = next++;
                reference.add(new long[] {time, id});
                if (random.nextBoolean()) {
                    queue.addFar(time, () -> fired[0] = id);
                } else {
                    queue.add(time, () -> fired[0] = id);
                }
            } else {
                long[] expected = reference.poll();
                assertEquals(expected[0], queue.peekTime());
                queue.poll().fire();
                assertEquals(expected[1], fired[0], "same instant: first scheduled fires first, whichever heap");
            }
        }
        assertEquals(reference.size(), queue.size());
    }
}
