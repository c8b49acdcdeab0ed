package org.vwb.core.internal.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A queue linked through its requests ({@link RequestQueue}) keeps them first in first out, as the deques it
 * replaced did; a batch taken at once is the same requests in the same order; a request moves on to the next queue
 * once taken out or released from its batch, and one still in a queue or batch is refused.
 */
class RequestQueueTest {

    private static Request request(long at) {
        return new Request(at, 4096, false, r -> { });
    }

    /** Releases a batch into a list, in order, as a stage walks it when done with it. */
    private static List<Request> released(Request batch) {
        List<Request> list = new ArrayList<>();
        for (Request request = batch; request != null;) {
            Request next = RequestQueue.release(request);
            list.add(request);
            request = next;
        }
        return list;
    }

    @Test
    void keepsOrderAndSizeAsADequeDoes() {
        RequestQueue queue = new RequestQueue();
        ArrayDeque<Request> reference = new ArrayDeque<>();
        Random random = new Random(5);
        long next = 0;
        for (int step = 0; step < 100_000; step++) {
            int choice = random.nextInt(10);
            if (choice < 5) {
                Request request = request(next++);
                queue.add(request);
                reference.add(request);
            } else if (choice < 9) {
                assertSame(reference.poll(), queue.poll());
            } else {
                List<Request> expected = new ArrayList<>(reference);
                reference.clear();
                assertEquals(expected, released(queue.takeAll()));
            }
            assertEquals(reference.size(), queue.size());
            assertEquals(reference.isEmpty(), queue.isEmpty());
            assertSame(reference.peekFirst(), queue.peekFirst());
            assertSame(reference.peekLast(), queue.peekLast());
        }
    }

    @Test
    void aRequestTakenOutMovesOnAndOneStillQueuedIsRefused() {
        RequestQueue first = new RequestQueue();
        RequestQueue second = new RequestQueue();
        Request a = request(1);
        Request b = request(2);
        first.add(a);
        first.add(b);
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> second.add(b));
        assertTrue(twice.getMessage().contains("issued at 2 ns"), twice.getMessage());
        assertEquals(2, first.size(), "the refused add changed nothing");
        assertSame(a, first.poll());
        second.add(a);
        assertSame(b, first.poll());
        assertNull(first.poll());
        assertSame(a, second.peekFirst());
        assertSame(a, second.peekLast());
        assertNull(RequestQueue.next(a), "a request alone in its queue links to nothing");
    }

    @Test
    void aBatchHoldsItsRequestsUntilEachIsReleased() {
        RequestQueue ring = new RequestQueue();
        RequestQueue next = new RequestQueue();
        Request a = request(1);
        Request b = request(2);
        ring.add(a);
        ring.add(b);
        Request batch = ring.takeAll();
        assertTrue(ring.isEmpty(), "taking a batch empties the queue");
        assertEquals(0, ring.size());
        assertSame(a, batch);
        assertSame(b, RequestQueue.next(a));
        assertThrows(IllegalStateException.class, () -> next.add(b), "still in its batch");
        ring.add(request(3));
        assertSame(b, RequestQueue.next(a), "a new request in the queue does not join the batch taken");
        assertSame(b, RequestQueue.release(a));
        next.add(a);
        assertNull(RequestQueue.release(b));
        next.add(b);
        assertEquals(List.of(a, b), released(next.takeAll()));
    }
}
