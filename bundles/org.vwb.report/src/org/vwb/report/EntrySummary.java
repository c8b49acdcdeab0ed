package org.vwb.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.vwb.core.Comparison;
import org.vwb.core.api.ContextKind;
import org.vwb.core.DeviceResult;
import org.vwb.core.api.FaultScope;
import org.vwb.core.LatencySummary;
import org.vwb.core.StaticFigures;
import org.vwb.model.DeviceKind;

/**
 * One configuration of a comparison in a few figures, the same in every format. Per-request figures are averaged
 * over all devices weighted by the requests each completed, so a busy NIC counts for more than an idle floppy;
 * latency percentiles are per device kind ({@link KindLatency}), because percentiles cannot be averaged and a
 * NIC's and a disk's latencies merged describe neither; the all-devices percentiles remain for JSON schema 1
 * readers only and no page shows them.
 * Static figures are {@code NaN} (or {@code null}) when the comparison does not carry them.
 *
 * @param label                entry label
 * @param vendorName           product and release
 * @param placement            driver placement, e.g. {@code PARENT_PARTITION}
 * @param completed            requests completed over all devices
 * @param throughputPerSecond  requests completed per simulated second
 * @param p50Micros            median latency of all devices merged (JSON schema 1 only)
 * @param p95Micros            95th percentile of all devices merged (JSON schema 1 only)
 * @param p99Micros            99th percentile of all devices merged (JSON schema 1 only)
 * @param latencyByKind        percentiles per device kind that completed a request
 * @param cpuMicrosPerRequest  CPU microseconds per request by context kind (every kind present, 0 when unused)
 * @param exitsPerRequest      VM exits per request
 * @param switchesPerRequest   partition, process and world switches per request
 * @param interruptsPerRequest virtual interrupts per request
 * @param bytesCopiedPerRequest bytes copied between contexts per request
 * @param footprintBytes       installed footprint
 * @param trustedCodeBytes     code in the most privileged context
 * @param driversAvailable     host devices the product has a driver for
 * @param hostDevices          host devices asked about
 * @param faultScope           what a faulting driver takes down, or {@code null}
 * @param vmsAffected          VMs that fall with some faulting driver
 */
public record EntrySummary(String label, String vendorName, String placement, long completed,
        double throughputPerSecond, double p50Micros, double p95Micros, double p99Micros,
        Map<DeviceKind, KindLatency> latencyByKind, Map<ContextKind, Double> cpuMicrosPerRequest, double exitsPerRequest, double switchesPerRequest,
        double interruptsPerRequest, double bytesCopiedPerRequest, double footprintBytes, double trustedCodeBytes,
        int driversAvailable, int hostDevices, FaultScope faultScope, int vmsAffected) {

    public static EntrySummary of(Comparison.Entry entry) {
        List<DeviceResult> devices = entry.result().devices();
        long completed = devices.stream().mapToLong(DeviceResult::completed).sum();
        Map<ContextKind, Double> cpu = new EnumMap<>(ContextKind.class);
        for (ContextKind kind : ContextKind.values()) {
            cpu.put(kind, weighted(devices, completed, d -> d.cpuMicrosPerRequest().getOrDefault(kind, 0.0)));
        }
        StaticFigures figures = entry.figures();
        Set<String> vms = new TreeSet<>();
        if (figures != null) {
            figures.blastRadius().forEach(b -> vms.addAll(b.vmsAffected()));
        }
        return new EntrySummary(entry.label(), entry.vendorName(), String.valueOf(entry.placement()), completed,
                entry.result().throughputPerSecond(), percentile(devices, 0.50, LatencySummary::p50),
                percentile(devices, 0.95, LatencySummary::p95), percentile(devices, 0.99, LatencySummary::p99),
                KindLatency.of(devices), Map.copyOf(cpu), weighted(devices, completed, DeviceResult::exitsPerRequest),
                weighted(devices, completed, DeviceResult::switchesPerRequest),
                weighted(devices, completed, DeviceResult::interruptsPerRequest),
                weighted(devices, completed, DeviceResult::bytesCopiedPerRequest),
                figures == null ? Double.NaN : figures.footprint().value(),
                figures == null ? Double.NaN : figures.trustedCode().value(),
                figures == null ? 0 : (int) figures.driversAvailable().stream().filter(d -> d.available()).count(),
                figures == null ? 0 : figures.driversAvailable().size(),
                figures == null ? null : figures.faultScope(), vms.size());
    }

    /** CPU microseconds per request over all contexts. */
    public double totalCpuMicrosPerRequest() {
        return cpuMicrosPerRequest.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double weighted(List<DeviceResult> devices, long completed, ToDoubleFunction<DeviceResult> f) {
        if (completed == 0) {
            return 0;
        }
        double sum = 0;
        for (DeviceResult device : devices) {
            if (device.completed() > 0) {
                sum += f.applyAsDouble(device) * device.completed();
            }
        }
        return sum / completed;
    }

    /**
     * The percentile of the merged histograms, with the per-device estimator (the midpoint of the bucket that
     * holds it, {@link KindLatency#percentile}). Without buckets
     * (a device model that reports none) the worst device's own percentile, which never flatters.
     */
    private static double percentile(List<DeviceResult> devices, double q, ToDoubleFunction<LatencySummary> own) {
        TreeMap<Double, Long> merged = new TreeMap<>();
        devices.forEach(d -> d.latency().buckets().forEach(b -> merged.merge(b.upperMicros(), b.count(), Long::sum)));
        long total = merged.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return devices.stream().mapToDouble(d -> own.applyAsDouble(d.latency())).max().orElse(0);
        }
        return KindLatency.percentile(merged, q,
                devices.stream().mapToDouble(d -> d.latency().max()).max().orElse(merged.lastKey()));
    }
}
