package org.vwb.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vwb.core.api.ContextKind;
import org.vwb.core.DeviceResult;
import org.vwb.core.LatencySummary;
import org.vwb.core.RunResult;

/**
 * What a run did not measure. A device that completed no request has no latency and no cost per request: the
 * simulator's figures for it are zeros (nothing divided by at least one), and a report that printed them would
 * claim a free, instant device. Reports show such figures as unknown instead ({@code NaN}: "-" in text, an empty
 * field in CSV, {@code null} in JSON), and a run in which no device completed a request says why.
 */
public final class Unmeasured {

    private Unmeasured() {
    }

    /**
     * The device as every report shows it: unchanged when it completed a request, else with its latency, its
     * per-request figures and its CPU per request unknown. Counts (issued, completed, waiting) and throughput stay:
     * zero requests per second is what was measured.
     */
    public static DeviceResult device(DeviceResult d) {
        if (d.completed() > 0) {
            return d;
        }
        Map<ContextKind, Double> cpu = new EnumMap<>(ContextKind.class);
        for (ContextKind kind : ContextKind.values()) {
            cpu.put(kind, Double.NaN);
        }
        double unknown = Double.NaN;
        return new DeviceResult(d.vm(), d.device(), d.deviceModel(), d.kind(), d.mode(), d.status(), d.issued(),
                d.completed(), d.inFlight(), d.waiting(), d.throughputPerSecond(), d.megabytesPerSecond(),
                new LatencySummary(0, unknown, unknown, unknown, unknown, unknown, List.of()), unknown, unknown,
                unknown, unknown, unknown, Map.copyOf(cpu), d.dropped());
    }

    /** The devices of a run as reports show them ({@link #device}). */
    public static List<DeviceResult> devices(RunResult result) {
        return result.devices().stream().map(Unmeasured::device).toList();
    }

    /**
     * Why a run completed no request at all, in words for a report or a warning; empty when some device completed
     * one. A run with no workload is the common case (an imported VM without one, a model still being written).
     */
    public static Optional<String> reason(RunResult result) {
        List<DeviceResult> devices = result.devices();
        if (devices.stream().anyMatch(d -> d.completed() > 0)) {
            return Optional.empty();
        }
        // a run of CPU-bound jobs alone measured what it was for
        if (devices.isEmpty() && result.computes().stream().anyMatch(c -> c.guestSeconds() > 0)) {
            return Optional.empty();
        }
        String simulated = String.format(Locale.ROOT, "%.3g s simulated", result.simulatedNanos() / 1e9);
        long issued = devices.stream().mapToLong(DeviceResult::issued).sum();
        if (issued == 0) { // a device without a workload is not even in the result
            return Optional.of("no request completed: no device was given a request (no workload) in " + simulated
                    + "; per-request figures and latencies are unknown");
        }
        return Optional.of("no request completed: none of the " + issued + " requests issued finished in "
                + simulated + "; per-request figures and latencies are unknown");
    }
}
