package org.vwb.report.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

import org.vwb.core.ContextKind;
import org.vwb.report.EntrySummary;

/**
 * The bar charts of the page, one per metric, every entry a bar in its own colour: what each architecture
 * costs per request (exits, CPU by context, tail latency) and before any request (footprint, trusted code).
 */
final class MetricCharts {

    private MetricCharts() {
    }

    static String html(List<EntrySummary> entries) {
        StringBuilder html = new StringBuilder("<section id=\"charts\"><h2>Per metric</h2><div class=\"charts\">");
        html.append(single("Requests completed per second", entries, EntrySummary::throughputPerSecond, false,
                Markup::number));
        html.append(single("VM exits per request", entries, EntrySummary::exitsPerRequest, false, Markup::number));
        html.append(cpu(entries));
        html.append(single("Latency p99, \u00b5s", entries, EntrySummary::p99Micros, false, Markup::number));
        if (entries.stream().anyMatch(e -> e.footprintBytes() > 0)) {
            html.append(single("Installed footprint", entries, EntrySummary::footprintBytes, true, Markup::bytes));
        }
        if (entries.stream().anyMatch(e -> e.trustedCodeBytes() > 0)) {
            html.append(single("Code in the most privileged context", entries, EntrySummary::trustedCodeBytes, true,
                    Markup::bytes));
        }
        return html.append("</div></section>\n").toString();
    }

    private static String single(String title, List<EntrySummary> entries, ToDoubleFunction<EntrySummary> metric,
            boolean logarithmic, DoubleFunction<String> format) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            EntrySummary entry = entries.get(i);
            bars.add(new BarChart.Bar(entry.label(), List.of(new BarChart.Segment(title,
                    metric.applyAsDouble(entry), Markup.entryColour(i)))));
        }
        return figure(new BarChart(title, logarithmic, format).svg(bars));
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
        return figure(new BarChart("CPU \u00b5s per request, by context", false, Markup::number).svg(bars));
    }

    private static String figure(String svg) {
        return "<figure>" + svg + "</figure>";
    }
}
