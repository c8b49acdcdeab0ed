package org.vwb.core.internal.paths;

/**
 * A first-in first-out queue of requests linked through the requests themselves ({@link Request#next}): a device's
 * waiting requests, a lane's submissions, rings and received frames, responses and completions waiting for the
 * guest's handler. A stage takes everything queued at once as a batch ({@link #takeAll}): the chain itself, first
 * request first, walked with {@link #release} as the batch is done with.
 * <p>
 * Why not an {@code ArrayDeque} and an {@code ArrayList} per batch: a run of thousands of devices waits on cache
 * misses on each device's objects (docs/benchmarks.md: a device's state does not stay in the cache between two of
 * its requests, and a miss there costs 150 ns on these machines), and a deque is two of them, itself and its
 * array, a batch list two more. Here a queue is one small object, a batch none, and the links live in the requests,
 * which are young and in the cache anyway; taking a batch moves no element.
 * <p>
 * A request is in at most one queue or batch at a time: each stage takes it out (or releases it from its batch)
 * before the next puts it in. Adding one that is still queued is a defect in a path and stops the run instead of
 * corrupting both chains.
 */
final class RequestQueue {

    private Request head;
    private Request tail;
    private int size;

    void add(Request request) {
        if (request.queued) {
            throw new IllegalStateException("request issued at " + request.issuedAt + " ns is in a queue already");
        }
        request.queued = true;
        if (tail == null) {
            head = request;
        } else {
            tail.next = request;
        }
        tail = request;
        size++;
    }

    /** Takes the first request out, or {@code null} when empty. */
    Request poll() {
        Request first = head;
        if (first == null) {
            return null;
        }
        head = first.next;
        if (head == null) {
            tail = null;
        }
        size--;
        release(first);
        return first;
    }

    Request peekFirst() {
        return head;
    }

    Request peekLast() {
        return tail;
    }

    boolean isEmpty() {
        return head == null;
    }

    int size() {
        return size;
    }

    /**
     * Takes every request out at once, in order: returns the first of the chain (null when empty), each linking to
     * the next ({@link #next}). They stay marked as queued until {@link #release}d one by one.
     */
    Request takeAll() {
        Request first = head;
        head = null;
        tail = null;
        size = 0;
        return first;
    }

    /** The request after this one in its queue or batch, or null. */
    static Request next(Request request) {
        return request.next;
    }

    /**
     * Takes a request out of the batch it is in, so that it may join another queue: returns the one after it. Walk
     * a batch with {@code for (Request r = batch; r != null; ) { Request next = release(r); ...; r = next; }}.
     */
    static Request release(Request request) {
        Request next = request.next;
        request.next = null;
        request.queued = false;
        return next;
    }
}
