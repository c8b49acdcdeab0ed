package org.vwb.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.vwb.core.api.ContextKind;
import org.vwb.model.DeviceKind;

/**
 * The rows of the side-by-side comparison, one figure each, formatted for people: the HTML page's table and the
 * command line's text table show the same rows in the same words, so a figure read in one is found in the other.
 */
public final class SummaryTable {

    /** One row: its name and how an entry's cell reads. */
    public record Row(String name, Function<EntrySummary, String> cell) {
    }

    private SummaryTable() {
    }

    /** The rows for these entries: one latency row per device kind that completed a request in any of them. */
    public static List<Row> rows(List<EntrySummary> entries) {
        Set<DeviceKind> kinds = EnumSet.noneOf(DeviceKind.class);
        entries.forEach(e -> kinds.addAll(e.latencyByKind().keySet()));
        return build(kinds);
    }

    /**
     * A latency for people, to two significant digits: the histogram's buckets place a percentile within 1.6 %
     * (one device) to 6.25 % (a kind's devices merged), so a third digit would claim what the data cannot say.
     */
    public static String latency(double micros) {
        if (Double.isNaN(micros) || Double.isInfinite(micros)) {
            return "-";
        }
        if (micros == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(micros).round(new MathContext(2, RoundingMode.HALF_EVEN));
        return rounded.scale() > 0 ? rounded.toPlainString() : String.format(Locale.ROOT, "%,d", rounded.longValue());
    }

    /** The name people know a device kind by, as a table row or chart label starts. */
    public static String kindLabel(DeviceKind kind) {
        return switch (kind) {
            case NETWORK -> "network";
            case BLOCK -> "disk";
            case OPTICAL -> "CD/DVD";
            default -> kind.getLiteral().toLowerCase(Locale.ROOT);
        };
    }

    /** A figure for people: grouped thousands, fewer decimals the larger it is; a dash when unknown. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : magnitude == 0 ? "%.0f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** Bytes in decimal units, the vendors' own ("32 MB", "2 GB"). */
    public static String bytes(double value) {
        String[] units = { "B", "kB", "MB", "GB", "TB" };
        int unit = 0;
        double scaled = value;
        while (Math.abs(scaled) >= 1000 && unit < units.length - 1) {
            scaled /= 1000;
            unit++;
        }
        return Double.isNaN(value) ? "-" : number(scaled) + " " + units[unit];
    }

    /** The name people know a context kind by. */
    public static String contextLabel(ContextKind kind) {
        return switch (kind) {
            case GUEST -> "guest";
            case HYPERVISOR -> "hypervisor";
            case PARENT -> "parent / host";
            case WORKER -> "worker";
            case DRIVER_DOMAIN -> "driver domain";
        };
    }

    private static List<Row> build(Set<DeviceKind> kinds) {
        List<Row> rows = new ArrayList<>(List.of(new Row("vendor", EntrySummary::vendorName),
                new Row("driver placement", e -> e.placement().toLowerCase(Locale.ROOT).replace('_', ' ')),
                new Row("requests completed / s", e -> number(e.throughputPerSecond()))));
        for (DeviceKind kind : kinds) {
            rows.add(new Row(kindLabel(kind) + " latency p50 / p95 / p99, us", e -> {
                KindLatency latency = e.latencyByKind().get(kind);
                return latency == null ? "-" : latency(latency.p50Micros()) + " / " + latency(latency.p95Micros())
                        + " / " + latency(latency.p99Micros());
            }));
        }
        for (ContextKind kind : ContextKind.values()) {
            rows.add(new Row("CPU us / request: " + contextLabel(kind),
                    e -> number(e.cpuMicrosPerRequest().getOrDefault(kind, 0.0))));
        }
        rows.addAll(List.of(new Row("CPU us / request: total", e -> number(e.totalCpuMicrosPerRequest())),
                new Row("VM exits / request", e -> number(e.exitsPerRequest())),
                new Row("context switches / request", e -> number(e.switchesPerRequest())),
                new Row("interrupts / request", e -> number(e.interruptsPerRequest())),
                new Row("bytes copied / request", e -> number(e.bytesCopiedPerRequest())),
                new Row("installed footprint", e -> bytes(e.footprintBytes())),
                new Row("trusted code", e -> bytes(e.trustedCodeBytes())),
                new Row("drivers for the host's devices",
                        e -> e.hostDevices() == 0 ? "-" : e.driversAvailable() + " of " + e.hostDevices()),
                new Row("blast radius of a faulting driver", SummaryTable::blastRadius)));
        return List.copyOf(rows);
    }

    private static String blastRadius(EntrySummary entry) {
        if (entry.faultScope() == null) {
            return "-";
        }
        String scope = switch (entry.faultScope()) {
            case WHOLE_HOST -> "whole host";
            case PARENT_AND_DEPENDENT_IO -> "parent partition and its VMs' I/O";
            case DRIVER_DOMAIN_ONLY -> "driver domain only";
        };
        return scope + " (" + entry.vmsAffected() + (entry.vmsAffected() == 1 ? " VM)" : " VMs)");
    }
}
