package org.vwb.report.internal.html;

import static org.vwb.report.internal.html.Markup.bytes;
import static org.vwb.report.internal.html.Markup.number;
import static org.vwb.report.internal.html.Markup.text;

import java.util.List;
import java.util.function.Function;

import org.vwb.core.ContextKind;
import org.vwb.report.EntrySummary;

/**
 * The comparison as a table with the entries side by side, one row per figure: reading across a row compares
 * the architectures on one figure, which is the question the page answers.
 */
final class ComparisonTable {

    private record Row(String name, Function<EntrySummary, String> cell) {
    }

    private static final List<Row> ROWS = rows();

    private ComparisonTable() {
    }

    static String html(List<EntrySummary> entries) {
        StringBuilder html = new StringBuilder("<section id=\"table\"><h2>Side by side</h2>"
                + "<table class=\"comparison\"><thead><tr><th></th>");
        for (int i = 0; i < entries.size(); i++) {
            html.append("<th><span class=\"swatch\" style=\"background:").append(Markup.entryColour(i))
                    .append("\"></span>").append(text(entries.get(i).label())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Row row : ROWS) {
            html.append("<tr><th>").append(text(row.name())).append("</th>");
            for (EntrySummary entry : entries) {
                html.append("<td>").append(text(row.cell().apply(entry))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></section>\n").toString();
    }

    private static List<Row> rows() {
        List<Row> rows = new java.util.ArrayList<>(List.of(new Row("vendor", EntrySummary::vendorName),
                new Row("driver placement", e -> e.placement().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')),
                new Row("requests completed / s", e -> number(e.throughputPerSecond())),
                new Row("latency p50 / p95 / p99, \u00b5s",
                        e -> number(e.p50Micros()) + " / " + number(e.p95Micros()) + " / " + number(e.p99Micros()))));
        for (ContextKind kind : ContextKind.values()) {
            rows.add(new Row("CPU \u00b5s / request: " + Markup.contextLabel(kind),
                    e -> number(e.cpuMicrosPerRequest().getOrDefault(kind, 0.0))));
        }
        rows.addAll(List.of(new Row("CPU \u00b5s / request: total", e -> number(e.totalCpuMicrosPerRequest())),
                new Row("VM exits / request", e -> number(e.exitsPerRequest())),
                new Row("context switches / request", e -> number(e.switchesPerRequest())),
                new Row("interrupts / request", e -> number(e.interruptsPerRequest())),
                new Row("bytes copied / request", e -> number(e.bytesCopiedPerRequest())),
                new Row("installed footprint", e -> bytes(e.footprintBytes())),
                new Row("trusted code", e -> bytes(e.trustedCodeBytes())),
                new Row("drivers for the host's devices",
                        e -> e.hostDevices() == 0 ? "\u2013" : e.driversAvailable() + " of " + e.hostDevices()),
                new Row("blast radius of a faulting driver", ComparisonTable::blastRadius)));
        return List.copyOf(rows);
    }

    private static String blastRadius(EntrySummary entry) {
        if (entry.faultScope() == null) {
            return "\u2013";
        }
        String scope = switch (entry.faultScope()) {
            case WHOLE_HOST -> "whole host";
            case PARENT_AND_DEPENDENT_IO -> "parent partition and its VMs' I/O";
            case DRIVER_DOMAIN_ONLY -> "driver domain only";
        };
        return scope + " (" + entry.vmsAffected() + (entry.vmsAffected() == 1 ? " VM)" : " VMs)");
    }
}
