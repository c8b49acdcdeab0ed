package org.vwb.report.internal.html;

import static org.vwb.report.internal.html.Markup.text;

import java.util.List;

import org.vwb.core.Comparison;

/** The cost constants the runs used, each with its source: every figure on the page can be traced to one. */
final class CitationsTable {

    private CitationsTable() {
    }

    static String html(List<Comparison.Citation> citations) {
        StringBuilder html = new StringBuilder("<section id=\"citations\"><h2>Cost constants and their sources</h2>");
        if (citations.isEmpty()) {
            return html.append("<p class=\"note\">No cost model was named.</p></section>\n").toString();
        }
        html.append("<table class=\"citations\"><thead><tr><th>cost model</th><th>event</th><th>cycles</th>"
                + "<th>source</th></tr></thead><tbody>");
        for (Comparison.Citation citation : citations) {
            html.append("<tr><td>").append(text(citation.costModel())).append("</td><td>")
                    .append(text(citation.event().name())).append("</td><td class=\"num\">")
                    .append(text(Markup.number(citation.cycles()))).append("</td><td>")
                    .append(text(citation.source())).append("</td></tr>");
        }
        return html.append("</tbody></table></section>\n").toString();
    }
}
