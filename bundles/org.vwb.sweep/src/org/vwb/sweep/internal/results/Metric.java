package org.vwb.sweep.internal.results;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.vwb.sweep.DeviceFigures;
import org.vwb.sweep.LatencyBucket;
import org.vwb.sweep.RunFigures;

/**
 * The figures a sweep reports per run, over every device of the configuration. Latency percentiles come from
 * the devices' histograms merged (the requests of all devices together), as the upper bound of the bucket that
 * holds the percentile: within the histogram's 1.6 % resolution.
 */
public enum Metric {
    OFFERED("offered", "offered load", "req/s", RunFigures::offeredPerSecond),
    THROUGHPUT("throughput", "throughput", "req/s", RunFigures::throughputPerSecond),
    LATENCY_P50("latencyP50", "latency p50", "\u00b5s", run -> percentile(run, 0.50)),
    LATENCY_P99("latencyP99", "latency p99", "\u00b5s", run -> percentile(run, 0.99)),
    CPU_PER_REQUEST("cpuPerRequest", "CPU per request", "\u00b5s", Metric::cpuPerRequest),
    UTILIZATION("hostUtilization", "host CPU busy", "%", run -> 100 * run.hostUtilization());

    private final String key;
    private final String label;
    private final String unit;
    private final ToDoubleFunction<RunFigures> value;

    Metric(String key, String label, String unit, ToDoubleFunction<RunFigures> value) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.value = value;
    }

    /** The name in JSON and CSV. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** This figure of a run that completed; NaN where it has no meaning (no request completed). */
    public double of(RunFigures run) {
        return value.applyAsDouble(run);
    }

    private static double cpuPerRequest(RunFigures run) {
        long completed = run.completed();
        return completed == 0 ? Double.NaN : run.cpuSeconds() * 1e6 / completed;
    }

    static double percentile(RunFigures run, double quantile) {
        TreeMap<Double, Long> merged = new TreeMap<>();
        for (DeviceFigures device : run.devices()) {
            for (LatencyBucket bucket : device.latency()) {
                merged.merge(bucket.upperMicros(), bucket.count(), Long::sum);
            }
        }
        long total = merged.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(quantile * total);
        long seen = 0;
        List<Double> bounds = new ArrayList<>(merged.keySet());
        for (Double bound : bounds) {
            seen += merged.get(bound);
            if (seen >= rank) {
                return bound;
            }
        }
        return bounds.get(bounds.size() - 1);
    }
}
