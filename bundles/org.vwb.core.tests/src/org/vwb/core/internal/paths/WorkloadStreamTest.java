package org.vwb.core.internal.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * A workload keeps its random stream's state in a field of its own instead of a {@link SplittableRandom}; the
 * numbers must be the very ones the JDK's generator gives, or every run's figures would move.
 */
class WorkloadStreamTest {

    @Test
    void theWorkloadsStreamIsSplittableRandomsNumberForNumber() {
        for (long seed : new long[] { 0, 1, 42, -7, Long.MIN_VALUE, Long.MAX_VALUE, 0x9E3779B97F4A7C15L }) {
            SplittableRandom jdk = new SplittableRandom(seed);
            long state = seed;
            for (int i = 0; i < 10_000; i++) {
                state += WorkloadDriver.GOLDEN_GAMMA;
                assertEquals(jdk.nextDouble(), WorkloadDriver.unit(state), "seed " + seed + ", number " + i);
            }
        }
    }
}
