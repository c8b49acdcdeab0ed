package org.vwb.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * One run of a sweep, as plain data: the model's text, the configuration, the parameter values and the seed.
 * Nothing here refers to a live object, so an executor may run it in this JVM or ship it to another one; a run
 * of the same task gives the same figures anywhere, bit for bit.
 *
 * @param index         position in the sweep, 0-based; results are keyed by it (each counted once)
 * @param modelText     the {@code .vwb} file's XMI text
 * @param configuration name of the configuration to run
 * @param assignments   the varied parameters' values, applied in this order
 * @param seed          the run seed
 * @param durationNanos simulated time
 */
public record SweepTask(int index, String modelText, String configuration, List<Assignment> assignments, long seed,
        long durationNanos) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SweepTask {
        assignments = List.copyOf(assignments);
        if (durationNanos <= 0) {
            throw new IllegalArgumentException("a run needs a duration above 0, not " + durationNanos + " ns");
        }
    }
}
