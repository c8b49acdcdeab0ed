package org.vwb.core.internal.engine;

/** Something that happens at a simulated instant; {@link Engine#now()} tells which. */
@FunctionalInterface
public interface Event {
    void fire();

    /**
     * Reads the state this event will work on when it fires, ahead of its time, and returns anything read (the
     * caller sums it into a sink so that the reads are made). A calendar window's events are touched together when
     * the window's turn comes ({@link FarEvents}): their cache misses overlap instead of each stalling the run in
     * turn when the event fires. Changes nothing; by default reads nothing.
     */
    default long touch() {
        return 0;
    }
}
