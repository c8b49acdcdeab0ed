package org.vwb.report.internal.html;

import static org.vwb.report.internal.html.Markup.text;

import java.util.List;

import org.vwb.report.EntrySummary;
import org.vwb.report.SummaryTable;

/**
 * The comparison as a table with the entries side by side, one row per figure ({@link SummaryTable}): reading
 * across a row compares the architectures on one figure, which is the question the page answers.
 */
final class ComparisonTable {

    private ComparisonTable() {
    }

    static String html(List<EntrySummary> entries) {
        StringBuilder html = new StringBuilder("<section id=\"table\"><h2>Side by side</h2>"
                + "<div class=\"scroll\"><table class=\"comparison\"><thead><tr><th></th>");
        for (int i = 0; i < entries.size(); i++) {
            html.append("<th><span class=\"swatch\" style=\"background:").append(Markup.entryColour(i))
                    .append("\"></span>").append(text(entries.get(i).label())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (SummaryTable.Row row : SummaryTable.rows(entries)) {
            html.append("<tr><th>").append(text(row.name().replace(" us", " \u00b5s"))).append("</th>");
            for (EntrySummary entry : entries) {
                html.append("<td>").append(text(row.cell().apply(entry))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></div></section>\n").toString();
    }
}
