package org.vwb.report.internal.html;

import static org.vwb.report.internal.html.Markup.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.Comparison;
import org.vwb.report.EntrySummary;
import org.vwb.report.ReportWriter;

/**
 * The comparison as one self-contained HTML page: it opens from a mail attachment or a file share with no
 * network, so the styles are inline and the charts are SVG drawn here, without scripts or fonts to fetch.
 */
@Component(service = ReportWriter.class)
public final class HtmlReportWriter implements ReportWriter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public String description() {
        return "a self-contained page: table, charts, latency distributions, request paths, cited constants";
    }

    @Override
    public void write(Comparison comparison, OutputStream out) throws IOException {
        List<EntrySummary> entries = comparison.entries().stream().map(EntrySummary::of).toList();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
                .append(text("vwb: " + comparison.title())).append("</title><style>").append(PageStyle.CSS)
                .append("</style></head>\n<body><header><h1>").append(text(comparison.title())).append("</h1><p>")
                .append(text(subtitle(comparison))).append("</p></header>\n");
        html.append(ComparisonTable.html(entries));
        html.append(ComparisonTable.unmeasured(comparison));
        html.append(ComparisonTable.relativeToNative(comparison));
        html.append(ComputeTable.html(comparison));
        html.append(MetricCharts.html(entries, comparison));
        html.append(LatencyChart.html(comparison));
        html.append(RequestPaths.html(comparison));
        html.append(CitationsTable.html(comparison.citations()));
        html.append("<footer>Simulated by vwb, the Virtualization Workbench. Figures come from the simulated "
                + "mechanisms priced by the cost constants above; static figures from the vendor profiles' cited "
                + "sources.</footer>\n</body></html>\n");
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String subtitle(Comparison comparison) {
        String source = comparison.source() == null || comparison.source().isEmpty() ? ""
                : "From " + comparison.source() + ". ";
        int n = comparison.entries().size();
        return source + n + (n == 1 ? " configuration" : " configurations") + ", each simulated for "
                + Markup.number(comparison.durationNanos() / 1e9) + " s with seed " + comparison.seed() + ".";
    }
}
