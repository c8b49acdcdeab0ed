package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vwb.core.LatencySummary;
import org.vwb.core.internal.engine.LatencyHistogram;

/**
 * The latency histogram's percentiles stay within its stated 1.6 % of the exact ones, and its buckets count every
 * sample once, whatever order the powers of two first occur in (its rows widen downwards as well as upwards).
 */
class LatencyHistogramTest {

    @Test
    void percentilesWithinTheirBucketOfTheExactOnesAndEverySampleCountedOnce() {
        Random random = new Random(13);
        int samples = 200_000;
        long[] values = new long[samples];
        LatencyHistogram histogram = new LatencyHistogram();
        for (int i = 0; i < samples; i++) {
            // first mid-range latencies, then ever wider ones both ways: 1 ns to about 70 ms
            double spread = Math.min(26, 4 + 22.0 * i / samples);
            long value = Math.max(1, Math.round(Math.pow(2, 14 + spread * (random.nextDouble() - 0.5))));
            values[i] = value;
            histogram.record(value);
        }
        Arrays.sort(values);
        LatencySummary summary = histogram.summary();
        assertEquals(samples, summary.count());
        assertEquals(values[samples - 1] / 1e3, summary.max(), 1e-9);
        assertWithin(exact(values, 0.50), summary.p50());
        assertWithin(exact(values, 0.95), summary.p95());
        assertWithin(exact(values, 0.99), summary.p99());
        assertEquals(samples, summary.buckets().stream().mapToLong(LatencySummary.Bucket::count).sum());
        for (int i = 1; i < summary.buckets().size(); i++) {
            assertTrue(summary.buckets().get(i - 1).upperMicros() < summary.buckets().get(i).upperMicros(),
                    "buckets in ascending order");
        }
        double lowestUpper = summary.buckets().get(0).upperMicros() * 1e3;
        assertTrue(lowestUpper >= values[0] && lowestUpper <= 2 * Math.max(1, values[0]),
                "the first bucket holds the least sample: " + lowestUpper + " against " + values[0]);
    }

    private static double exact(long[] sorted, double fraction) {
        return sorted[(int) Math.ceil(fraction * sorted.length) - 1] / 1e3;
    }

    private static void assertWithin(double exactMicros, double reportedMicros) {
        assertEquals(exactMicros, reportedMicros, exactMicros * 0.016 + 1e-3,
                "reported " + reportedMicros + " us against exact " + exactMicros + " us");
    }
}
