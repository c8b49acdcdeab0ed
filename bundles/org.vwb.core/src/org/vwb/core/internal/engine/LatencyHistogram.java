package org.vwb.core.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.LatencySummary;

/**
 * Latencies in nanoseconds, log-linear bucketed: 32 sub-buckets per power of two, reported at bucket midpoints,
 * so a percentile is within 1.6 % of the exact value. Storage grows only for the powers of two that occur (a few
 * KiB per device), which keeps 20,000 devices in memory without keeping 20 million samples.
 */
public final class LatencyHistogram {

    private static final int SUB_BITS = 5;
    private static final int SUBS = 1 << SUB_BITS;

    private final long[][] counts = new long[64][];
    private long count;
    private double sum;
    private long max;
    private int lastExponent;
    private LatencySummary summary;

    public void record(long nanos) {
        summary = null;
        long value = Math.max(1, nanos);
        int exponent = 63 - Long.numberOfLeadingZeros(value);
        int sub = exponent < SUB_BITS ? (int) (value << (SUB_BITS - exponent)) & (SUBS - 1)
                : (int) (value >>> (exponent - SUB_BITS)) & (SUBS - 1);
        long[] row = counts[exponent];
        if (row == null) {
            row = counts[exponent] = new long[SUBS];
        }
        row[sub]++;
        lastExponent = exponent;
        count++;
        sum += value;
        max = Math.max(max, value);
    }

    /** Reads what {@link #record} will: see {@link Event#touch}. */
    public long touch() {
        long[] row = counts[lastExponent];
        return count + (row == null ? 0 : row[0]);
    }

    public long count() {
        return count;
    }

    /**
     * The summary, kept until the next sample: a live run publishes snapshots many times a second, and most
     * devices have not completed a request since the last one.
     */
    public LatencySummary summary() {
        if (count == 0) {
            return LatencySummary.EMPTY;
        }
        if (summary == null) {
            summary = summarize();
        }
        return summary;
    }

    private LatencySummary summarize() {
        return new LatencySummary(count, sum / count / 1e3, percentile(0.50) / 1e3, percentile(0.95) / 1e3,
                percentile(0.99) / 1e3, max / 1e3, buckets());
    }

    private double percentile(double fraction) {
        long rank = (long) Math.ceil(fraction * count);
        long seen = 0;
        for (int e = 0; e < 64; e++) {
            if (counts[e] == null) {
                continue;
            }
            for (int s = 0; s < SUBS; s++) {
                seen += counts[e][s];
                if (seen >= rank) {
                    return Math.min(max, midpoint(e, s));
                }
            }
        }
        return max;
    }

    private static double lower(int exponent, int sub) {
        return Math.pow(2, exponent) * (1 + sub / (double) SUBS);
    }

    private static double midpoint(int exponent, int sub) {
        return (lower(exponent, sub) + lower(exponent, sub + 1)) / 2;
    }

    /**
     * The distribution folded to eight buckets per power of two (each within 9 % of its upper bound): fine enough
     * for percentiles of merged devices in reports, coarse enough for charts and JSON.
     */
    private List<LatencySummary.Bucket> buckets() {
        List<LatencySummary.Bucket> result = new ArrayList<>();
        int fold = SUBS / 8;
        for (int e = 0; e < 64; e++) {
            if (counts[e] == null) {
                continue;
            }
            for (int s = 0; s < SUBS; s += fold) {
                long total = 0;
                for (int k = s; k < s + fold; k++) {
                    total += counts[e][k];
                }
                if (total > 0) {
                    result.add(new LatencySummary.Bucket(lower(e, s + fold) / 1e3, total));
                }
            }
        }
        return List.copyOf(result); // shared by every snapshot until the next sample
    }
}
