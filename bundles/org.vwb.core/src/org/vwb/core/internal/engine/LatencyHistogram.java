package org.vwb.core.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.LatencySummary;

/**
 * Latencies in nanoseconds, log-linear bucketed: 32 sub-buckets per power of two, reported at bucket midpoints,
 * so a percentile is within 1.6 % of the exact value. Storage covers only the powers of two from the least to the
 * greatest that occurred (a few KiB per device), which keeps 20,000 devices in memory without keeping 20 million
 * samples.
 * <p>
 * One flat array, not a row per power of two: every completed request records here, and with thousands of devices
 * a run waits on cache misses on each device's objects; rows behind an array of rows were two misses in a chain.
 */
public final class LatencyHistogram {

    private static final int SUB_BITS = 5;
    private static final int SUBS = 1 << SUB_BITS;

    /** Row {@code r} (32 counts) is the power of two {@code lowest + r}; null until the first sample. */
    private long[] counts;
    private int lowest;
    private long count;
    private double sum;
    private long max;
    private int last;
    private LatencySummary summary;

    public void record(long nanos) {
        summary = null;
        long value = Math.max(1, nanos);
        int exponent = 63 - Long.numberOfLeadingZeros(value);
        int sub = exponent < SUB_BITS ? (int) (value << (SUB_BITS - exponent)) & (SUBS - 1)
                : (int) (value >>> (exponent - SUB_BITS)) & (SUBS - 1);
        int row = exponent - lowest;
        if (counts == null || row < 0 || row >= rows()) {
            cover(exponent);
            row = exponent - lowest;
        }
        last = row << SUB_BITS | sub;
        counts[last]++;
        count++;
        sum += value;
        max = Math.max(max, value);
    }

    private int rows() {
        return counts.length >> SUB_BITS;
    }

    /** Widens the rows to cover a power of two that had none. */
    private void cover(int exponent) {
        if (counts == null) {
            counts = new long[SUBS];
            lowest = exponent;
            return;
        }
        int from = Math.min(lowest, exponent);
        int to = Math.max(lowest + rows() - 1, exponent);
        long[] wider = new long[(to - from + 1) << SUB_BITS];
        System.arraycopy(counts, 0, wider, (lowest - from) << SUB_BITS, counts.length);
        counts = wider;
        lowest = from;
    }

    /** Reads what {@link #record} will: see {@link Event#touch}. */
    public long touch() {
        long[] all = counts;
        return count + (all == null ? 0 : all[last]);
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
        for (int row = 0; row < rows(); row++) {
            for (int s = 0; s < SUBS; s++) {
                seen += counts[row << SUB_BITS | s];
                if (seen >= rank) {
                    return Math.min(max, midpoint(lowest + row, s));
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
        for (int row = 0; row < rows(); row++) {
            for (int s = 0; s < SUBS; s += fold) {
                long total = 0;
                for (int k = s; k < s + fold; k++) {
                    total += counts[row << SUB_BITS | k];
                }
                if (total > 0) {
                    result.add(new LatencySummary.Bucket(lower(lowest + row, s + fold) / 1e3, total));
                }
            }
        }
        return List.copyOf(result); // shared by every snapshot until the next sample
    }
}
