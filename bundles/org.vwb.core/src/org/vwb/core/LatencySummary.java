package org.vwb.core;

/**
 * Latency figures in microseconds, from a log-bucketed histogram (within 1.6 % of the exact value).
 *
 * @param count requests measured
 * @param mean  arithmetic mean
 * @param p50   median
 * @param p95   95th percentile
 * @param p99   99th percentile
 * @param max   largest
 * @param buckets distribution for charts: upper bound in microseconds and count, ascending
 */
public record LatencySummary(long count, double mean, double p50, double p95, double p99, double max,
        java.util.List<Bucket> buckets) {

    /** One bar of a latency distribution. */
    public record Bucket(double upperMicros, long count) {
    }

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0, java.util.List.of());
}
