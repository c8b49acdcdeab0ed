package org.vwb.sweep.internal.results;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.vwb.sweep.DeviceFigures;
import org.vwb.sweep.LatencyBucket;
import org.vwb.sweep.RunFigures;

/**
 * The figures a sweep reports per run: over every device of the configuration, or over one device when the
 * sweep is focused on it ({@code --device VM/DEVICE}). Latency percentiles come from the devices' histograms
 * merged (the requests of all devices together), as the upper bound of the bucket that holds the percentile:
 * within the histogram's 1.6 % resolution.
 */
public enum Metric {
    OFFERED("offered", "offered load", "req/s"),
    THROUGHPUT("throughput", "throughput", "req/s"),
    LATENCY_P50("latencyP50", "latency p50", "\u00b5s"),
    LATENCY_P99("latencyP99", "latency p99", "\u00b5s"),
    CPU_PER_REQUEST("cpuPerRequest", "CPU per request", "\u00b5s"),
    UTILIZATION("hostUtilization", "host CPU busy", "%");

    private final String key;
    private final String label;
    private final String unit;

    Metric(String key, String label, String unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
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

    /**
     * This figure of a completed run, over all devices or over the device {@code focus} ({@code VM/DEVICE});
     * NaN where it has no meaning (no request completed, the device is not in this run's configuration).
     */
    public double of(RunFigures run, Optional<String> focus) {
        if (focus.isEmpty()) {
            return switch (this) {
                case OFFERED -> run.offeredPerSecond();
                case THROUGHPUT -> run.throughputPerSecond();
                case LATENCY_P50 -> percentile(run.devices(), 0.50);
                case LATENCY_P99 -> percentile(run.devices(), 0.99);
                case CPU_PER_REQUEST -> run.completed() == 0 ? Double.NaN : run.cpuSeconds() * 1e6 / run.completed();
                case UTILIZATION -> 100 * run.hostUtilization();
            };
        }
        Optional<DeviceFigures> device = run.devices().stream()
                .filter(d -> focus.get().equals(d.vm() + "/" + d.device())).findFirst();
        if (this == UTILIZATION) {
            return 100 * run.hostUtilization();
        }
        if (device.isEmpty()) {
            return Double.NaN;
        }
        return switch (this) {
            case OFFERED -> device.get().offeredPerSecond();
            case THROUGHPUT -> device.get().throughputPerSecond();
            case LATENCY_P50 -> percentile(List.of(device.get()), 0.50);
            case LATENCY_P99 -> percentile(List.of(device.get()), 0.99);
            default -> device.get().cpuMicrosPerRequest();
        };
    }

    static double percentile(List<DeviceFigures> devices, double quantile) {
        TreeMap<Double, Long> merged = new TreeMap<>();
        for (DeviceFigures device : devices) {
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
        for (var bucket : merged.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return bucket.getKey();
            }
        }
        return merged.lastKey();
    }
}
