package org.vwb.core.internal.engine;

/**
 * The pending events, ordered by (time, sequence): the sequence number breaks ties in scheduling order, which
 * makes runs deterministic. Two structures share one sequence: the near heap holds what completes soon (CPU
 * phases, device transfers: a few per host core), the far events each workload's next arrival (one per device,
 * tens of thousands at scale, in a calendar of windows: {@link FarEvents}). Near-future events are most of the
 * traffic; kept apart, they sift through a heap of a few hundred entries at most that stays in the core's cache
 * instead of one as large as the number of devices. Where an event sits never changes the order: {@link #poll} takes the earliest head by
 * (time, sequence).
 */
public final class EventQueue {

    private final EventHeap near = new EventHeap();
    private final FarEvents far = new FarEvents();
    private long nextSequence;

    /** An event expected soon. */
    public void add(long time, Event event) {
        near.add(time, nextSequence++, event);
    }

    /** An event expected long after most pending ones (a workload's next arrival). */
    public void addFar(long time, FarEvent event) {
        far.add(time, nextSequence++, event);
    }

    public boolean isEmpty() {
        return near.isEmpty() && far.isEmpty();
    }

    public int size() {
        return near.size() + far.size();
    }

    /** Time of the earliest event; only when not empty. */
    public long peekTime() {
        return next().peekTime();
    }

    /** Removes and returns the earliest event; only when not empty. */
    public Event poll() {
        return next().poll();
    }

    private EventHeap next() {
        if (far.isEmpty()) {
            return near;
        }
        EventHeap farHead = far.head();
        if (near.isEmpty()) {
            return farHead;
        }
        return EventHeap.less(near.peekTime(), near.peekSequence(), farHead.peekTime(), farHead.peekSequence()) ? near
                : farHead;
    }
}
