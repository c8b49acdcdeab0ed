package org.vwb.report.internal.html;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

import org.vwb.core.Comparison;
import org.vwb.core.api.ContextKind;
import org.vwb.model.DeviceKind;
import org.vwb.report.EntrySummary;
import org.vwb.report.KindLatency;
import org.vwb.report.SummaryTable;

/**
 * The charts of the page, one per metric, every entry a row in its own colour: what each architecture costs per
 * request (exits, CPU by context, tail latency per device kind) and before any request (footprint, trusted code).
 * Figures that start at zero and add up are bars on a linear axis; figures that span decades are dots on a log
 * axis ({@link DotPlot}), where a bar's length would mean nothing.
 */
final class MetricCharts {

    private MetricCharts() {
    }

    static String html(List<EntrySummary> entries, Comparison comparison) {
        StringBuilder html = new StringBuilder("<section id=\"charts\"><h2>Per metric</h2><div class=\"charts\">");
        html.append(single("Requests completed per second", entries, EntrySummary::throughputPerSecond));
        html.append(single("VM exits per request", entries, EntrySummary::exitsPerRequest));
        html.append(cpu(entries));
        Set<DeviceKind> kinds = EnumSet.noneOf(DeviceKind.class);
        entries.forEach(e -> kinds.addAll(e.latencyByKind().keySet()));
        for (DeviceKind kind : kinds) {
            html.append(dots("Latency p99, " + SummaryTable.kindLabel(kind) + " devices", entries, Markup::micros,
                    e -> {
                        KindLatency latency = e.latencyByKind().get(kind);
                        return latency == null ? Double.NaN : latency.p99Micros();
                    }));
        }
        if (entries.stream().anyMatch(e -> e.footprintBytes() > 0)) {
            html.append(dots("Installed footprint", entries, Markup::bytes, EntrySummary::footprintBytes));
        }
        html.append(TrustedCode.html(comparison.entries()));
        return html.append("</div></section>\n").toString();
    }

    private static String single(String title, List<EntrySummary> entries, ToDoubleFunction<EntrySummary> metric) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            EntrySummary entry = entries.get(i);
            bars.add(new BarChart.Bar(entry.label(), List.of(new BarChart.Segment(title,
                    metric.applyAsDouble(entry), Markup.entryColour(i)))));
        }
        return figure(new BarChart(title, Markup::number).svg(bars));
    }

    private static String dots(String title, List<EntrySummary> entries, DoubleFunction<String> format,
            ToDoubleFunction<EntrySummary> metric) {
        List<DotPlot.Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            rows.add(new DotPlot.Row(entries.get(i).label(), List.of(new DotPlot.Mark(title,
                    metric.applyAsDouble(entries.get(i)), Markup.entryColour(i), true))));
        }
        return figure(new DotPlot(title, format).svg(rows));
    }

    /** CPU per request stacked by context: where the cycles go matters as much as how many there are. */
    private static String cpu(List<EntrySummary> entries) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (EntrySummary entry : entries) {
            List<BarChart.Segment> segments = new ArrayList<>();
            for (ContextKind kind : ContextKind.values()) {
                segments.add(new BarChart.Segment(Markup.contextLabel(kind),
                        entry.cpuMicrosPerRequest().getOrDefault(kind, 0.0), Markup.contextColour(kind)));
            }
            bars.add(new BarChart.Bar(entry.label(), segments));
        }
        return figure(new BarChart("CPU \u00b5s per request, by context", Markup::number).svg(bars));
    }

    private static String figure(String svg) {
        return "<figure>" + svg + "</figure>";
    }
}
