package org.vwb.sweep.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.vwb.sweep.RunFigures;
import org.vwb.sweep.internal.results.CombinationResult;
import org.vwb.sweep.internal.results.Estimate;
import org.vwb.sweep.internal.results.Metric;
import org.vwb.sweep.internal.results.Series;
import org.vwb.sweep.internal.results.SweepResults;

/**
 * The HTML report: one self-contained page (inline CSS and SVG, nothing to download). Curves against the x axis
 * (latency p50 and p99, throughput, CPU per request), one colour per series with its confidence band and knee;
 * then the knees, every combination's figures and the failed runs.
 */
final class SweepPage {

    /** One colour per series (Tableau 10, as the comparison report: distinct, and readable printed in grey). */
    private static final String[] COLOURS = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
            "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac" };

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;margin:0 auto;\
            max-width:1200px;padding:0 24px 40px}
            header{border-bottom:2px solid #4e79a7;margin-bottom:8px}h1{font-size:24px;margin:24px 0 4px}
            h2{font-size:18px;margin:28px 0 8px}p.note{color:#666;font-size:13px}
            table{border-collapse:collapse;font-variant-numeric:tabular-nums}
            th,td{padding:4px 10px;border-bottom:1px solid #e3e3e3;text-align:right}
            thead th{border-bottom:2px solid #999;white-space:nowrap}tbody th{text-align:left;font-weight:normal}
            td.text{text-align:left}.swatch{display:inline-block;width:22px;height:4px;margin:0 8px 3px 0;\
            border-radius:2px;vertical-align:middle}
            ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 24px}
            .charts{display:flex;flex-wrap:wrap;gap:16px 28px}figure{margin:0}
            svg text{font:12px system-ui,sans-serif;fill:#333}svg .chart-title{font-weight:600;font-size:14px}
            svg .tick{fill:#666;font-size:11px}svg .axis{fill:#444}svg .grid{stroke:#ececec}
            svg .frame{stroke:#999}svg .band{opacity:.16;stroke:none}
            svg .curve{fill:none;stroke-width:2.2}svg .curve.dashed{stroke-dasharray:6 4;stroke-width:1.6}
            svg .identity{stroke:#aaa;stroke-dasharray:2 4;fill:none}
            svg line.knee{stroke-dasharray:3 3;stroke-width:1.2}svg circle.knee{fill:none;stroke-width:2}
            footer{margin-top:36px;color:#888;font-size:12px}
            """;

    private SweepPage() {
    }

    static String html(SweepResults results) {
        var plan = results.plan();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(Figures.escape("Sweep of " + plan.title())).append("</title><style>").append(CSS)
                .append("</style></head><body><header><h1>").append(Figures.escape("Sweep of " + plan.title()))
                .append("</h1><p class=\"note\">").append(Figures.escape(plan.source() + ": "
                        + results.combinations().size() + " combinations \u00d7 " + plan.seeds().size() + " seeds, "
                        + Figures.number(plan.durationNanos() / 1e9) + " simulated s per run; "
                        + results.failedRuns() + " runs failed. " + results.focus().map(d -> "Figures of device "
                                + d + ". ").orElse("Figures over every device's requests together. ")
                        + "Points are means over the seeds; bands the 95 % confidence interval (Student t)."))
                .append("</p></header>\n");
        List<Series> series = results.series();
        if (series.isEmpty()) {
            html.append("<p class=\"note\">No numeric parameter is varied (rate, depth, size, vcpus), so there is "
                    + "no axis to draw curves along: the tables below hold the figures.</p>");
        } else {
            html.append(legend(series)).append("<div class=\"charts\">");
            String x = results.axisLabel();
            html.append(figure(CurveChart.svg("Latency against load (p99 solid, p50 dashed)", x, "latency (\u00b5s)",
                    latencyCurves(series), false, Figures::micros)));
            html.append(figure(CurveChart.svg("Throughput against load", x, "throughput (requests/s)",
                    curves(series, Metric.THROUGHPUT, false), results.axisParameter().get().path().knob()
                            == org.vwb.sweep.internal.parameters.Knob.RATE, Figures::number)));
            html.append(figure(CurveChart.svg("CPU per request against load", x, "CPU per request (\u00b5s)",
                    curves(series, Metric.CPU_PER_REQUEST, false), false, Figures::number)));
            html.append("</div>").append(knees(results, series));
        }
        html.append(Tables.combinations(results)).append(Tables.failures(results));
        return html.append("<footer>vwb sweep \u00b7 ").append(Figures.escape(definitions()))
                .append("</footer></body></html>\n").toString();
    }

    private static String definitions() {
        return "The knee of a series is the highest load whose mean p99 latency is still within "
                + Figures.number(Series.KNEE_FACTOR) + "\u00d7 the p99 at the series' lightest load, when a higher "
                + "load goes beyond that.";
    }

    private static String legend(List<Series> series) {
        StringBuilder html = new StringBuilder("<ul class=\"legend\">");
        for (int i = 0; i < series.size(); i++) {
            html.append("<li><span class=\"swatch\" style=\"background:").append(colour(i)).append("\"></span>")
                    .append(Figures.escape(series.get(i).label())).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String figure(String svg) {
        return "<figure>" + svg + "</figure>";
    }

    private static List<CurveChart.Curve> latencyCurves(List<Series> series) {
        List<CurveChart.Curve> curves = new ArrayList<>(curves(series, Metric.LATENCY_P50, true));
        curves.addAll(curves(series, Metric.LATENCY_P99, false));
        return curves;
    }

    private static List<CurveChart.Curve> curves(List<Series> series, Metric metric, boolean dashed) {
        List<CurveChart.Curve> curves = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series line = series.get(i);
            Function<Function<Estimate, Double>, List<Double>> along = f -> line.points().stream()
                    .map(p -> f.apply(p.estimate(metric))).toList();
            curves.add(new CurveChart.Curve(colour(i), dashed, line.xs(), along.apply(Estimate::mean),
                    along.apply(Estimate::low), along.apply(Estimate::high), dashed ? -1 : line.knee().orElse(-1)));
        }
        return curves;
    }

    private static String knees(SweepResults results, List<Series> series) {
        StringBuilder html = new StringBuilder("<h2>Knees</h2><table><thead><tr><th>series</th><th>knee ("
                + Figures.escape(results.axisLabel()) + ")</th><th>p99 there (\u00b5s)</th><th>throughput there "
                + "(req/s)</th></tr></thead><tbody>");
        for (int i = 0; i < series.size(); i++) {
            Series line = series.get(i);
            html.append("<tr><th><span class=\"swatch\" style=\"background:").append(colour(i)).append("\"></span>")
                    .append(Figures.escape(line.label())).append("</th>");
            if (line.knee().isPresent()) {
                CombinationResult at = line.points().get(line.knee().get());
                html.append("<td>").append(Figures.number(line.kneeX().get())).append("</td><td>")
                        .append(Figures.number(at.estimate(Metric.LATENCY_P99).mean())).append("</td><td>")
                        .append(Figures.number(at.estimate(Metric.THROUGHPUT).mean())).append("</td>");
            } else {
                html.append("<td class=\"text\" colspan=\"3\">not within the swept range</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table><p class=\"note\">").append(Figures.escape(definitions()))
                .append("</p>\n").toString();
    }

    static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }


    static long failed(List<RunFigures> runs) {
        return runs.stream().filter(RunFigures::failed).count();
    }
}
