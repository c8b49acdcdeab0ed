package org.vwb.report.tests;

import java.util.List;
import java.util.Map;

import org.vwb.core.Comparison;
import org.vwb.core.api.ContextKind;
import org.vwb.core.DeviceResult;
import org.vwb.core.LatencySummary;
import org.vwb.core.RunResult;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/** Device results with the latency histograms a test needs, and a one-entry comparison holding them. */
final class Devices {

    private Devices() {
    }

    /** A device whose requests fall in the buckets given (upper bound in microseconds, count, alternating). */
    static DeviceResult device(String vm, String name, DeviceKind kind, double p50, double p99, double... buckets) {
        List<LatencySummary.Bucket> list = new java.util.ArrayList<>();
        long count = 0;
        for (int i = 0; i < buckets.length; i += 2) {
            list.add(new LatencySummary.Bucket(buckets[i], (long) buckets[i + 1]));
            count += (long) buckets[i + 1];
        }
        double max = buckets[buckets.length - 2];
        LatencySummary latency = new LatencySummary(count, p50, p50, p99, p99, max, List.copyOf(list));
        return new DeviceResult(vm, name, "model-" + name, kind, DeviceMode.SYNTHETIC, "active", count, count, 0, 0,
                500, 0.5, latency, 1, 0, 1, 0, 0, Map.of(ContextKind.GUEST, 2.0));
    }

    static Comparison comparison(DeviceResult... devices) {
        RunResult result = new RunResult("e", "sample.e", DriverPlacement.IN_HYPERVISOR, "sample-generation",
                1_000_000_000L, 1000, RunResult.Status.COMPLETED, "", List.of(devices), List.of(), List.of());
        return new Comparison("devices", "", 1_000_000_000L, 1,
                List.of(new Comparison.Entry("e", "Sample e", DriverPlacement.IN_HYPERVISOR, result, null,
                        List.of())),
                List.of());
    }
}
