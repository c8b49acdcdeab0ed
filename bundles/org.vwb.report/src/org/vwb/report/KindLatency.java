package org.vwb.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vwb.core.DeviceResult;
import org.vwb.core.LatencySummary;
import org.vwb.model.DeviceKind;

/**
 * The latency percentiles of one kind of device in one entry. Kinds are never merged: a NIC's microseconds and a
 * disk's milliseconds in one histogram give a p99 that is, in effect, the disk's, and describes neither. Every
 * percentile uses the estimator the simulator uses per device, the midpoint of the histogram bucket holding the
 * rank (capped at the largest latency seen): a kind with one device reports that device's own figures, several
 * devices of a kind are merged from their chart buckets (eight per power of two, so within 6.25 %).
 *
 * @param kind      device kind
 * @param devices   devices of that kind that completed a request
 * @param completed requests they completed
 * @param p50Micros median latency
 * @param p95Micros 95th percentile
 * @param p99Micros 99th percentile
 */
public record KindLatency(DeviceKind kind, int devices, long completed, double p50Micros, double p95Micros,
        double p99Micros) {

    /** Per kind that completed a request, in the metamodel's order of kinds. */
    public static Map<DeviceKind, KindLatency> of(List<DeviceResult> devices) {
        Map<DeviceKind, List<DeviceResult>> byKind = new EnumMap<>(DeviceKind.class);
        devices.stream().filter(d -> d.completed() > 0 && d.latency().count() > 0 && d.kind() != null)
                .forEach(d -> byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d));
        Map<DeviceKind, KindLatency> result = new EnumMap<>(DeviceKind.class);
        byKind.forEach((kind, list) -> result.put(kind, ofKind(kind, list)));
        return result;
    }

    private static KindLatency ofKind(DeviceKind kind, List<DeviceResult> devices) {
        long completed = devices.stream().mapToLong(DeviceResult::completed).sum();
        if (devices.size() == 1 || devices.stream().anyMatch(d -> d.latency().buckets().isEmpty())) {
            // one device: its own figures; a device without buckets cannot be merged, so the worst device's own
            // figures, which never flatter
            return new KindLatency(kind, devices.size(), completed, worst(devices, LatencySummary::p50),
                    worst(devices, LatencySummary::p95), worst(devices, LatencySummary::p99));
        }
        TreeMap<Double, Long> merged = new TreeMap<>();
        devices.forEach(d -> d.latency().buckets().forEach(b -> merged.merge(b.upperMicros(), b.count(), Long::sum)));
        double max = worst(devices, LatencySummary::max);
        return new KindLatency(kind, devices.size(), completed, percentile(merged, 0.50, max),
                percentile(merged, 0.95, max), percentile(merged, 0.99, max));
    }

    private static double worst(List<DeviceResult> devices, java.util.function.ToDoubleFunction<LatencySummary> f) {
        return devices.stream().mapToDouble(d -> f.applyAsDouble(d.latency())).max().orElse(Double.NaN);
    }

    /** The midpoint of the merged bucket holding the rank, as the simulator's own histogram reports. */
    static double percentile(TreeMap<Double, Long> buckets, double q, double max) {
        long total = buckets.values().stream().mapToLong(Long::longValue).sum();
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (Map.Entry<Double, Long> bucket : buckets.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return Math.min(max, midpoint(bucket.getKey()));
            }
        }
        return max;
    }

    /**
     * A chart bucket's midpoint from its upper bound: buckets are an eighth of their power of two wide (the
     * simulator's log-linear histogram folded to eight sub-buckets), so the width follows from the bound.
     */
    static double midpoint(double upperMicros) {
        double nanos = upperMicros * 1e3;
        double octave = Math.pow(2, Math.getExponent(nanos * (1 - 1e-9)));
        return (nanos - octave / 16) / 1e3;
    }
}
