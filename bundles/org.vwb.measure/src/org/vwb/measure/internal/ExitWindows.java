package org.vwb.measure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.vwb.measure.Direction;
import org.vwb.measure.ExitCount;
import org.vwb.measure.MeasureOptions;
import org.vwb.measure.MeasuredDevice;

/**
 * KVM's counters cut into the guest's windows: per device and direction, each counter's increase between the
 * window's two marks, less what the idle window's rate predicts for as long a window, per request. The same
 * subtraction as for the traced accesses, on KVM's own count.
 */
final class ExitWindows {

    private ExitWindows() {
    }

    /** Per device and direction; empty when a window's samples are missing or KVM offered no counters. */
    static List<ExitCount> perRequest(List<ExitSampler.Sample> samples, MeasureOptions options) {
        Optional<Map<String, Double>> idle = rates(samples);
        if (idle.isEmpty()) {
            return List.of();
        }
        List<ExitCount> counts = new ArrayList<>();
        for (MeasuredDevice device : options.devices()) {
            for (Direction direction : Direction.values()) {
                String window = device.id() + ":" + direction.word(false);
                Optional<ExitSampler.Sample> begin = find(samples, window + ":begin");
                Optional<ExitSampler.Sample> end = find(samples, window + ":end");
                if (begin.isEmpty() || end.isEmpty()) {
                    return List.of();
                }
                double seconds = (end.get().nanos() - begin.get().nanos()) / 1e9;
                Map<String, Double> perRequest = new TreeMap<>();
                for (Map.Entry<String, Long> counter : end.get().counters().entrySet()) {
                    long increase = counter.getValue() - begin.get().counters().getOrDefault(counter.getKey(),
                            counter.getValue());
                    double baseline = idle.get().getOrDefault(counter.getKey(), 0.0) * seconds;
                    perRequest.put(counter.getKey(), Math.max(0, increase - baseline) / options.requests());
                }
                counts.add(new ExitCount(device, direction, options.requests(), perRequest));
            }
        }
        return List.copyOf(counts);
    }

    /** The idle window's counters per second, if it was sampled and KVM offered counters. */
    private static Optional<Map<String, Double>> rates(List<ExitSampler.Sample> samples) {
        Optional<ExitSampler.Sample> begin = find(samples, "idle:begin");
        Optional<ExitSampler.Sample> end = find(samples, "idle:end");
        if (begin.isEmpty() || end.isEmpty() || begin.get().counters().isEmpty()) {
            return Optional.empty();
        }
        double seconds = Math.max(1e-9, (end.get().nanos() - begin.get().nanos()) / 1e9);
        Map<String, Double> rates = new TreeMap<>();
        end.get().counters().forEach((name, value) -> rates.put(name, Math.max(0, value - begin.get().counters()
                .getOrDefault(name, value)) / seconds));
        return Optional.of(rates);
    }

    private static Optional<ExitSampler.Sample> find(List<ExitSampler.Sample> samples, String label) {
        return samples.stream().filter(s -> s.label().equals(label)).findFirst();
    }

    /** The results' line about real VM exits. */
    static String line(boolean kvm, ExitSampler.Result result, List<ExitCount> counts) {
        boolean offered = result.samples().stream().anyMatch(s -> !s.counters().isEmpty());
        if (!kvm) {
            return "real VM exits: skipped (no usable /dev/kvm: the guest ran under TCG, which has no VM exits; "
                    + (result.failure().isEmpty() ? "QMP query-stats answered with " + (offered ? "" : "no ")
                            + "KVM counters" : result.failure()) + ")";
        }
        if (!counts.isEmpty()) {
            return "real VM exits: read from KVM's own counters through QMP query-stats (per request below)";
        }
        if (!result.failure().isEmpty()) {
            return "real VM exits: not read (" + result.failure() + ")";
        }
        return "real VM exits: not read (QMP query-stats offered no KVM counters: they need QEMU 7.1 and Linux 5.14 "
                + "or later)";
    }
}
