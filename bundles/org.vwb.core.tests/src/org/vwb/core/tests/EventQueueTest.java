package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vwb.core.internal.engine.Event;
import org.vwb.core.internal.engine.EventQueue;
import org.vwb.core.internal.engine.FarEvent;

class EventQueueTest {

    /** A far event that does what {@code event} does. */
    private static FarEvent far(Event event) {
        return new FarEvent() {
            @Override
            public void fire() {
                event.fire();
            }
        };
    }

    /** How a test schedules one event: into the near heap only, or into either. */
    private interface Scheduler {
        void schedule(EventQueue queue, long time, Event event, Random random);
    }

    @Test
    void eventsFireInTimeOrderAndInSchedulingOrderAtTheSameInstant() {
        replayAgainstAPriorityQueue(7, (queue, time, event, random) -> queue.add(time, event));
    }

    @Test
    void farEventsFireInTheSameOrderAsNearOnes() {
        replayAgainstAPriorityQueue(11, (queue, time, event, random) -> {
            if (random.nextBoolean()) {
                queue.addFar(time, far(event));
            } else {
                queue.add(time, event);
            }
        });
    }

    /**
     * Far events spread as a workload's arrivals are (gaps of up to a quarter of a second against windows of 65.5
     * &micro;s and a calendar of 67 ms, so they land in the current window, in later buckets and beyond the calendar)
     * and near ones a few microseconds ahead, with the clock moving to each polled event as the engine's does: the
     * same order as a {@link PriorityQueue} by (time, scheduling order).
     */
    @Test
    void arrivalsSpreadOverTheCalendarAndBeyondFireInOrder() {
        EventQueue queue = new EventQueue();
        PriorityQueue<long[]> reference = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0])
                : Long.compare(x[1], y[1]));
        Random random = new Random(13);
        long[] fired = new long[1];
        long now = 0;
        long next = 0;
        for (int step = 0; step < 300_000; step++) {
            if (random.nextInt(2) > 0 || reference.isEmpty()) {
                boolean far = random.nextBoolean();
                long time = now + (far ? (random.nextInt(8) == 0 ? random.nextInt(250_000_000)
                        : random.nextInt(2_000_000)) : random.nextInt(5_000));
                long id = next++;
                reference.add(new long[] {time, id});
                if (far) {
                    queue.addFar(time, far(() -> fired[0] = id));
                } else {
                    queue.add(time, () -> fired[0] = id);
                }
            } else {
                long[] expected = reference.poll();
                assertEquals(expected[0], queue.peekTime());
                now = expected[0];
                queue.poll().fire();
                assertEquals(expected[1], fired[0]);
            }
            assertEquals(reference.size(), queue.size());
        }
        while (!reference.isEmpty()) {
            long[] expected = reference.poll();
            queue.poll().fire();
            assertEquals(expected[1], fired[0], "drained in order to the end");
        }
        assertTrue(queue.isEmpty());
    }

    /**
     * A far event keeps its place in the order itself while it waits in a calendar bucket, so it cannot wait there
     * twice: scheduling it again before it has come up is refused, and it may be scheduled again once it has.
     */
    @Test
    void aFarEventWaitingInItsBucketIsNotScheduledTwice() {
        EventQueue queue = new EventQueue();
        FarEvent arrival = far(() -> { });
        long later = 10_000_000; // 10 ms: a later window of the calendar, not the current one
        queue.addFar(later, arrival);
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> queue.addFar(later + 1_000, arrival));
        assertTrue(twice.getMessage().contains("scheduled again while it waits"), twice.getMessage());
        assertEquals(1, queue.size(), "the refused one changed nothing");
        assertEquals(later, queue.peekTime());
        assertSame(arrival, queue.poll());
        queue.addFar(2 * later, arrival);
        assertEquals(2 * later, queue.peekTime());
    }

    /**
     * Adds and polls 200,000 times at random (few distinct instants, so ties are common) and checks every poll
     * against a {@link PriorityQueue} ordered by (time, scheduling order).
     */
    private static void replayAgainstAPriorityQueue(long seed, Scheduler scheduler) {
        EventQueue queue = new EventQueue();
        PriorityQueue<long[]> reference = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0])
                : Long.compare(x[1], y[1]));
        Random random = new Random(seed);
        long[] fired = new long[1];
        long next = 0;
        for (int step = 0; step < 200_000; step++) {
            if (random.nextInt(3) > 0 || reference.isEmpty()) {
                long time = random.nextInt(64);
                long id = next++;
                reference.add(new long[] {time, id});
                scheduler.schedule(queue, time, () -> fired[0] = id, random);
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
