package org.vwb.headless.internal.simulation;

import static org.vwb.report.SummaryTable.bytes;
import static org.vwb.report.SummaryTable.number;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.Comparison;
import org.vwb.core.api.ContextKind;
import org.vwb.core.ContextResult;
import org.vwb.core.DeviceResult;
import org.vwb.core.StaticFigures;
import org.vwb.headless.TerminalText;
import org.vwb.headless.TextTable;
import org.vwb.report.EntrySummary;
import org.vwb.report.NativeRatio;
import org.vwb.report.SummaryTable;
import org.vwb.report.Unmeasured;

/** The text that {@code vwb compare} and {@code vwb run} print by default; names escaped ({@link TerminalText}). */
public final class ComparisonText {

    private ComparisonText() {
    }

    /** The entries side by side, one row per figure, the same rows as the HTML report's table. */
    public static String sideBySide(Comparison comparison) {
        List<EntrySummary> entries = comparison.entries().stream().map(EntrySummary::of).toList();
        List<String> header = new ArrayList<>(List.of(""));
        entries.forEach(e -> header.add(e.label()));
        TextTable table = new TextTable(1, header.toArray(String[]::new));
        for (SummaryTable.Row row : SummaryTable.rows(entries)) {
            List<String> cells = new ArrayList<>(List.of(row.name()));
            entries.forEach(e -> cells.add(row.cell().apply(e)));
            table.row(cells.toArray());
        }
        for (ContextKind kind : ContextKind.values()) {
            List<String> cells = new ArrayList<>(List.of("host CPU busy, %: " + SummaryTable.contextLabel(kind)));
            comparison.entries().forEach(e -> cells.add(number(100 * e.result().contexts().stream()
                    .filter(c -> c.kind() == kind).mapToDouble(ContextResult::utilization).sum())));
            table.row(cells.toArray());
        }
        return heading(comparison) + "\n" + table + ComputeText.table(comparison) + relativeToNative(comparison);
    }

    /**
     * Each entry's throughput and CPU per request as a ratio to the same configuration on bare metal, when the
     * comparison ran one ({@code --vendors native.bare-metal}): the "x% of native" papers report.
     */
    private static String relativeToNative(Comparison comparison) {
        TextTable table = new TextTable(1, "relative to bare metal", "native run", "requests/s, x native",
                "CPU us/request, x native");
        List<NativeRatio> ratios = NativeRatio.of(comparison);
        ratios.forEach(r -> table.row(r.label(), r.nativeLabel(), number(r.throughputRatio()),
                number(r.cpuPerRequestRatio())));
        return ratios.isEmpty() ? "" : "\n" + table;
    }

    /** One run: a table per device and per context, then the static figures. */
    public static String run(Comparison comparison) {
        Comparison.Entry entry = comparison.entries().get(0);
        TextTable devices = new TextTable(5, "vm", "device", "model", "mode", "status", "req/s", "p50 us",
                "p99 us", "exits/req", "switches/req", "irqs/req", "copied B/req", "cpu us/req");
        for (DeviceResult d : Unmeasured.devices(entry.result())) {
            devices.row(d.vm(), d.device(), d.deviceModel(), d.mode(), d.status(), number(d.throughputPerSecond()),
                    number(d.latency().p50()), number(d.latency().p99()), number(d.exitsPerRequest()),
                    number(d.switchesPerRequest()), number(d.interruptsPerRequest()),
                    number(d.bytesCopiedPerRequest()), number(d.totalCpuMicrosPerRequest()));
        }
        TextTable contexts = new TextTable(2, "context", "kind", "cpu ms", "host cpu %");
        for (ContextResult c : entry.result().contexts()) {
            contexts.row(c.name(), SummaryTable.contextLabel(c.kind()), number(1000 * c.cpuSeconds()),
                    number(100 * c.utilization()));
        }
        StringBuilder text = new StringBuilder(heading(comparison)).append("\nDevices\n").append(devices);
        for (DeviceResult d : entry.result().devices()) {
            if (d.dropped() > 0) {
                text.append(TerminalText.escape(d.vm() + "/" + d.device() + ": " + d.dropped()
                        + " arrivals dropped, the guest's queue for the device was full (the workload is faster"
                        + " than the device)")).append('\n');
            }
        }
        text.append(ComputeText.table(comparison));
        text.append("\nContexts\n").append(contexts);
        StaticFigures figures = entry.figures();
        if (figures != null) {
            text.append("\nStatic figures\n").append(new TextTable(1, "figure", "value")
                    .row("installed footprint", bytes(figures.footprint().value()))
                    .row("trusted code", bytes(figures.trustedCode().value()))
                    .row("drivers for the host's devices", figures.driversAvailable().stream()
                            .filter(StaticFigures.DriverAvailability::available).count() + " of "
                            + figures.driversAvailable().size())
                    .row("fault scope of a driver", String.valueOf(figures.faultScope())));
        }
        return text.toString();
    }

    private static String heading(Comparison comparison) {
        StringBuilder heading = new StringBuilder(TerminalText.escape(comparison.title()));
        if (!comparison.source().isEmpty()) {
            heading.append(" (").append(TerminalText.escape(comparison.source())).append(')');
        }
        heading.append(": ").append(number(comparison.durationNanos() / 1e9)).append(" s simulated, seed ")
                .append(comparison.seed()).append('\n');
        for (Comparison.Entry entry : comparison.entries()) {
            String failure = entry.result().failure() == null || entry.result().failure().isEmpty() ? ""
                    : ": " + entry.result().failure();
            String unmeasured = Unmeasured.reason(entry.result()).map(reason -> "; " + reason).orElse("");
            heading.append("  ").append(TerminalText.escape(entry.label() + ": " + entry.vendorName() + ", "
                    + entry.placement() + ", " + entry.result().status().name().toLowerCase(java.util.Locale.ROOT)
                    + failure + unmeasured)).append('\n');
        }
        return heading.toString();
    }
}
