package org.vwb.report.internal.html;

import static org.vwb.report.internal.html.Markup.text;

import java.util.List;

import org.vwb.core.Comparison;
import org.vwb.core.ComputeResult;
import org.vwb.report.ComputeRows;

/**
 * The CPU-bound jobs of the comparison, one row per entry and VM ({@link ComputeRows}): what the vCPU scheduler
 * made of each job. Empty when no VM runs one.
 */
final class ComputeTable {

    private ComputeTable() {
    }

    static String html(Comparison comparison) {
        List<ComputeRows> rows = ComputeRows.of(comparison);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section id=\"compute\"><h2>CPU-bound jobs</h2>"
                + "<p class=\"note\">Stretch: the time the job's vCPUs were runnable over the core time they got "
                + "(1 with a core always free, the job alone on a host with cores to spare). Ready: the share of "
                + "that time spent waiting for a core. A dash is a figure not measured (a job that did not finish)."
                + "</p><div class=\"scroll\"><table class=\"compute\"><thead><tr><th>entry</th><th>VM</th>"
                + "<th>job</th><th>vCPUs</th><th>guest s done</th><th>completion s</th><th>stretch</th>"
                + "<th>ready %</th><th>exits per guest s</th><th>completion, x native</th></tr></thead><tbody>");
        for (ComputeRows row : rows) {
            ComputeResult job = row.job();
            html.append("<tr><th>").append(text(row.label())).append("</th><td>").append(text(job.vm()))
                    .append("</td><td>").append(text(job.job())).append("</td><td>").append(job.vcpus())
                    .append("</td><td>").append(Markup.number(job.guestSeconds())).append("</td><td>")
                    .append(Markup.number(job.completionSeconds())).append("</td><td>")
                    .append(Markup.number(job.stretch())).append("</td><td>")
                    .append(Markup.number(100 * job.readyShare())).append("</td><td>")
                    .append(Markup.number(job.exitsPerGuestSecond())).append("</td><td>")
                    .append(Markup.number(row.completionNative())).append("</td></tr>");
        }
        return html.append("</tbody></table></div></section>\n").toString();
    }
}
