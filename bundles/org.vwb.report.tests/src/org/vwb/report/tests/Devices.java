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

    /** A device whose guest refused {@code dropped} open-loop arrivals, its queue for the device being full. */
    static DeviceResult dropping(String vm, String name, long dropped) {
        DeviceResult d = device(vm, name, DeviceKind.NETWORK, 10, 10, 10, 1000);
        return new DeviceResult(d.vm(), d.device(), d.deviceModel(), d.kind(), d.mode(), d.status(), d.issued(),
                d.completed(), d.inFlight(), d.waiting(), d.throughputPerSecond(), d.megabytesPerSecond(),
                d.latency(), d.exitsPerRequest(), d.switchesPerRequest(), d.interruptsPerRequest(),
                d.notificationsPerRequest(), d.bytesCopiedPerRequest(), d.cpuMicrosPerRequest(), dropped);
    }

    static Comparison comparison(DeviceResult... devices) {
        RunResult result = new RunResult("e", "sample.e", DriverPlacement.IN_HYPERVISOR, "sample-generation",
                1_000_000_000L, 1000, RunResult.Status.COMPLETED, "", List.of(devices), List.of(), List.of());
        return new Comparison("devices", "", 1_000_000_000L, 1,
                List.of(new Comparison.Entry("e", "Sample e", DriverPlacement.IN_HYPERVISOR, result, null,
                        List.of())),
                List.of());
    }

    /**
     * A device that completed none of the requests it was given, with the figures the simulator gives such a
     * device: zeros, each per-request figure being nothing divided by at least one.
     */
    static DeviceResult idle(String vm, String name, long issued) {
        return new DeviceResult(vm, name, "model-" + name, DeviceKind.NETWORK, DeviceMode.EMULATED, "active", issued,
                0, issued, 0, 0, 0, new LatencySummary(0, 0, 0, 0, 0, 0, List.of()), 0, 0, 0, 0, 0,
                Map.of(ContextKind.GUEST, 0.0));
    }

    /** The entry run again under another vendor profile, as {@code --vendors} labels it: {@code LABEL@VENDOR}. */
    static Comparison.Entry under(Comparison.Entry entry, String vendorProfile, double cpuFactor) {
        RunResult r = entry.result();
        List<DeviceResult> devices = r.devices().stream().map(d -> new DeviceResult(d.vm(), d.device(),
                d.deviceModel(), d.kind(), d.mode(), d.status(), d.issued(), d.completed(), d.inFlight(), d.waiting(),
                d.throughputPerSecond(), d.megabytesPerSecond(), d.latency(), d.exitsPerRequest(),
                d.switchesPerRequest(), d.interruptsPerRequest(), d.notificationsPerRequest(),
                d.bytesCopiedPerRequest(), Map.of(ContextKind.GUEST, d.totalCpuMicrosPerRequest() * cpuFactor)))
                .toList();
        RunResult result = new RunResult(r.configuration(), vendorProfile, r.placement(), r.costModel(),
                r.simulatedNanos(), r.events(), r.status(), r.failure(), devices, r.contexts(), List.of());
        return new Comparison.Entry(entry.label() + "@" + vendorProfile, vendorProfile, entry.placement(), result,
                entry.figures(), entry.traces());
    }

    /** A comparison of the entries given, as the command line would have run them. */
    static Comparison of(Comparison.Entry... entries) {
        return new Comparison("entries", "", 1_000_000_000L, 1, List.of(entries), List.of());
    }
}
