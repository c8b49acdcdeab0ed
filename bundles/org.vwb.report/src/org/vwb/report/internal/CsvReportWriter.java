package org.vwb.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.Comparison;
import org.vwb.core.api.ContextKind;
import org.vwb.core.DeviceResult;
import org.vwb.report.EntrySummary;
import org.vwb.report.ReportWriter;
import org.vwb.report.Unmeasured;

/**
 * One row per device per entry, RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled. The entry's static figures repeat on each of its rows, so every row
 * stands alone in a spreadsheet's filter or pivot table. Names that would start a formula are neutralised.
 */
@Component(service = ReportWriter.class)
public final class CsvReportWriter implements ReportWriter {

    private static final List<String> HEADER = header();
    private static final String FORMULA_START = "=+-@\t\r";
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=utf-8; header=present";
    }

    @Override
    public String description() {
        return "one row per device per configuration, for spreadsheets";
    }

    @Override
    public void write(Comparison comparison, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (Comparison.Entry entry : comparison.entries()) {
            EntrySummary summary = EntrySummary.of(entry);
            for (DeviceResult d : Unmeasured.devices(entry.result())) {
                List<Object> row = new ArrayList<>(List.of(entry.label(), entry.vendorName(),
                        String.valueOf(entry.placement()), d.vm(), d.device(), d.deviceModel(), d.kind(), d.mode(),
                        d.status(), d.issued(), d.completed(), d.dropped(), d.throughputPerSecond(), d.megabytesPerSecond(),
                        d.latency().mean(), d.latency().p50(), d.latency().p95(), d.latency().p99(),
                        d.latency().max(), d.exitsPerRequest(), d.switchesPerRequest(), d.interruptsPerRequest(),
                        d.notificationsPerRequest(), d.bytesCopiedPerRequest()));
                for (ContextKind kind : ContextKind.values()) {
                    row.add(d.cpuMicrosPerRequest().getOrDefault(kind, 0.0));
                }
                row.addAll(List.of(summary.footprintBytes(), summary.trustedCodeBytes()));
                row(csv, row.stream().map(CsvReportWriter::text).toList());
            }
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> header() {
        List<String> names = new ArrayList<>(List.of("entry", "vendor", "placement", "vm", "device", "deviceModel",
                "kind", "mode", "status", "issued", "completed", "dropped", "throughputPerSecond", "megabytesPerSecond",
                "latencyMeanMicros", "latencyP50Micros", "latencyP95Micros", "latencyP99Micros", "latencyMaxMicros",
                "exitsPerRequest", "switchesPerRequest", "interruptsPerRequest", "notificationsPerRequest",
                "bytesCopiedPerRequest"));
        for (ContextKind kind : ContextKind.values()) {
            names.add("cpuMicrosPerRequest." + kind.name());
        }
        names.addAll(List.of("footprintBytes", "trustedCodeBytes"));
        return List.copyOf(names);
    }

    /**
     * A number without a needless fraction or exponent; an unknown one (NaN) as an empty field; a name from a file
     * neutralised when a spreadsheet would run it as a formula.
     */
    private static String text(Object value) {
        if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                return "";
            }
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString(number.longValue())
                    : java.math.BigDecimal.valueOf(number).toPlainString();
        }
        return neutralised(String.valueOf(value));
    }

    /**
     * A text cell that starts like a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR) gets a leading
     * apostrophe, which spreadsheets show as text instead of evaluating (OWASP, "CSV Injection"): a VM named
     * {@code =HYPERLINK(...)} must not become a live formula in whoever opens the report. A text that is a genuine
     * number, such as {@code -5}, is left as it is: a spreadsheet reads it as the number, nothing runs.
     */
    static String neutralised(String text) {
        if (text.isEmpty() || FORMULA_START.indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields.get(i);
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0;
            csv.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        csv.append("\r\n");
    }
}
