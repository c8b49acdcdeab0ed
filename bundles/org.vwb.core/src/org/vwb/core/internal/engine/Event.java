package org.vwb.core.internal.engine;

/** Something that happens at a simulated instant; {@link Engine#now()} tells which. */
@FunctionalInterface
public interface Event {
    void fire();
}
