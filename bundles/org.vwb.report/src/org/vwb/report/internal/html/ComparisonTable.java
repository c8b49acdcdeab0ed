package org.vwb.report.internal.html;

import static org.vwb.report.internal.html.Markup.text;

import java.util.List;

import org.vwb.core.Comparison;
import org.vwb.core.api.VendorProfile;
import org.vwb.report.EntrySummary;
import org.vwb.report.NativeRatio;
import org.vwb.report.SummaryTable;
import org.vwb.report.Unmeasured;

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

    /** A warning per entry that completed no request, saying why, so its dashes are not read as a fault. */
    static String unmeasured(Comparison comparison) {
        StringBuilder html = new StringBuilder();
        for (Comparison.Entry entry : comparison.entries()) {
            Unmeasured.reason(entry.result()).ifPresent(reason -> html.append("<p class=\"warning\">")
                    .append(text(entry.label() + ": " + reason)).append("</p>\n"));
        }
        return html.toString();
    }

    /**
     * Each entry against the same configuration on bare metal, when the comparison ran one: the "x native" that
     * papers report, and that the command line prints under its table. Empty when no entry has a baseline.
     */
    static String relativeToNative(Comparison comparison) {
        List<NativeRatio> ratios = NativeRatio.of(comparison);
        if (ratios.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section id=\"native\"><h2>Relative to bare metal</h2>"
                + "<p class=\"note\">Each configuration's figures divided by those of the same VMs and workloads "
                + "run on bare metal (vendor profile " + VendorProfile.BARE_METAL + "): 1 is native, 2 costs "
                + "twice the CPU per request. A dash is a ratio with nothing to divide by (no request completed)."
                + "</p><div class=\"scroll\"><table class=\"native\"><thead><tr><th></th><th>bare-metal run</th>"
                + "<th>requests/s, x native</th><th>CPU \u00b5s per request, x native</th></tr></thead><tbody>");
        for (NativeRatio ratio : ratios) {
            html.append("<tr><th>").append(text(ratio.label())).append("</th><td>").append(text(ratio.nativeLabel()))
                    .append("</td><td>").append(Markup.number(ratio.throughputRatio())).append("</td><td>")
                    .append(Markup.number(ratio.cpuPerRequestRatio())).append("</td></tr>");
        }
        return html.append("</tbody></table></div></section>\n").toString();
    }
}
