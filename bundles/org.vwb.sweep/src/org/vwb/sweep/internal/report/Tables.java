package org.vwb.sweep.internal.report;

import java.util.List;

import org.vwb.sweep.RunFigures;
import org.vwb.sweep.internal.results.CombinationResult;
import org.vwb.sweep.internal.results.Estimate;
import org.vwb.sweep.internal.results.Metric;
import org.vwb.sweep.internal.results.SweepResults;

/** The report's tables: every combination's figures (mean ± 95 % half-width) and every failed run. */
final class Tables {

    private Tables() {
    }

    static String combinations(SweepResults results) {
        StringBuilder html = new StringBuilder("<h2>Every combination</h2><table><thead><tr><th>configuration</th>");
        results.plan().parameters().forEach(p -> html.append("<th>").append(Figures.escape(p.path().written()))
                .append("</th>"));
        html.append("<th>runs</th>");
        for (Metric metric : Metric.values()) {
            html.append("<th>").append(Figures.escape(metric.label() + " (" + metric.unit() + ")")).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (CombinationResult result : results.combinations()) {
            html.append("<tr><th>").append(Figures.escape(result.combination().configuration())).append("</th>");
            results.plan().parameters().forEach(p -> html.append("<td class=\"text\">")
                    .append(Figures.escape(result.combination().value(p.path().written()))).append("</td>"));
            html.append("<td>").append(result.runs().size() - SweepPage.failed(result.runs())).append('/')
                    .append(result.runs().size()).append("</td>");
            for (Metric metric : Metric.values()) {
                html.append("<td>").append(cell(result.estimate(metric))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>\n").toString();
    }

    static String failures(SweepResults results) {
        if (results.failedRuns() == 0) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Failed runs</h2><table><thead><tr><th>combination</th><th>seed"
                + "</th><th>why</th></tr></thead><tbody>");
        for (CombinationResult result : results.combinations()) {
            List<RunFigures> runs = result.runs();
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i).failed()) {
                    html.append("<tr><th>").append(Figures.escape(result.combination().label())).append("</th><td>")
                            .append(result.seeds().get(i)).append("</td><td class=\"text\">")
                            .append(Figures.escape(runs.get(i).failure())).append("</td></tr>");
                }
            }
        }
        return html.append("</tbody></table>\n").toString();
    }

    private static String cell(Estimate estimate) {
        if (Double.isNaN(estimate.mean())) {
            return "\u2013";
        }
        return Figures.number(estimate.mean()) + (Double.isNaN(estimate.halfWidth()) ? ""
                : " <small>\u00b1 " + Figures.number(estimate.halfWidth()) + "</small>");
    }
}
