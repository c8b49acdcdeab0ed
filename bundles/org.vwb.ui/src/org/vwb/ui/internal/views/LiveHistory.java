package org.vwb.ui.internal.views;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vwb.charts.ui.Series;
import org.vwb.core.api.ContextKind;
import org.vwb.core.DeviceResult;
import org.vwb.core.RunResult;

/**
 * The live dashboard's time series, from successive snapshots of a run: per interval between two snapshots,
 * requests completed per simulated second, VM exits per request and CPU per context (busy cores: CPU seconds per
 * simulated second); latency percentiles are the run's so far (the core keeps one histogram per device). The
 * last {@value #KEEP} samples are kept.
 */
final class LiveHistory {

    static final int KEEP = 600;

    private record Sample(double seconds, double throughput, double exitsPerRequest, double p50, double p95,
            double p99, Map<ContextKind, Double> busyCores) {
    }

    private final Deque<Sample> samples = new ArrayDeque<>();
    private RunResult previous;

    /**
     * Adds a snapshot; one taken at the same simulated time as the previous is ignored (a paused run).
     *
     * @return whether a sample was added, i.e. whether the series changed
     */
    boolean add(RunResult snapshot) {
        if (previous != null && snapshot.simulatedNanos() <= previous.simulatedNanos()) {
            return false;
        }
        double seconds = snapshot.simulatedNanos() / 1e9;
        double interval = previous == null ? seconds : (snapshot.simulatedNanos() - previous.simulatedNanos()) / 1e9;
        double completed = 0;
        double exits = 0;
        for (DeviceResult device : snapshot.devices()) {
            DeviceResult before = previous == null ? null : previous.device(device.vm(), device.device()).orElse(null);
            // a swapped device starts counting afresh: then its whole count is new
            boolean fresh = before == null || before.completed() > device.completed();
            completed += fresh ? device.completed() : device.completed() - before.completed();
            exits += fresh ? exits(device) : exits(device) - exits(before);
        }
        Map<ContextKind, Double> busy = new EnumMap<>(ContextKind.class);
        for (ContextKind kind : ContextKind.values()) {
            double cpu = snapshot.cpuSeconds(kind) - (previous == null ? 0 : previous.cpuSeconds(kind));
            busy.put(kind, interval > 0 ? Math.max(0, cpu) / interval : 0);
        }
        DeviceResult busiest = snapshot.devices().stream()
                .max(java.util.Comparator.comparingLong(DeviceResult::completed)).orElse(null);
        samples.addLast(new Sample(seconds, interval > 0 ? completed / interval : 0,
                completed > 0 ? exits / completed : 0, busiest == null ? 0 : busiest.latency().p50(),
                busiest == null ? 0 : busiest.latency().p95(), busiest == null ? 0 : busiest.latency().p99(), busy));
        while (samples.size() > KEEP) {
            samples.removeFirst();
        }
        previous = snapshot;
        return true;
    }

    int size() {
        return samples.size();
    }

    List<Series> throughput() {
        return List.of(series("requests/s", s -> s.throughput));
    }

    List<Series> exitsPerRequest() {
        return List.of(series("exits/request", s -> s.exitsPerRequest));
    }

    List<Series> latency() {
        return List.of(series("p50", s -> s.p50), series("p95", s -> s.p95), series("p99", s -> s.p99));
    }

    List<Series> busyCores() {
        List<Series> all = new ArrayList<>();
        for (ContextKind kind : ContextKind.values()) {
            Series series = series(kind.name().toLowerCase().replace('_', ' '), s -> s.busyCores.get(kind));
            if (series.maxY() > 0) {
                all.add(series);
            }
        }
        return all;
    }

    private Series series(String name, java.util.function.ToDoubleFunction<Sample> value) {
        double[] x = samples.stream().mapToDouble(s -> s.seconds).toArray();
        double[] y = samples.stream().mapToDouble(value).toArray();
        return new Series(name, x, y);
    }

    private static double exits(DeviceResult device) {
        return device.exitsPerRequest() * device.completed();
    }
}
