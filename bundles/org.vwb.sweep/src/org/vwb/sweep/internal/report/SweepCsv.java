package org.vwb.sweep.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vwb.sweep.internal.parameters.VariedParameter;
import org.vwb.sweep.internal.results.CombinationResult;
import org.vwb.sweep.internal.results.Estimate;
import org.vwb.sweep.internal.results.Metric;
import org.vwb.sweep.internal.results.SweepResults;

/**
 * One row per combination, RFC 4180 as {@code vwb compare --csv}: CRLF line ends, a header row, fields quoted
 * when they need it. Each varied parameter is a column; each metric has a mean and a 95 % half-width column
 * (empty when there is no interval).
 */
final class SweepCsv {

    private SweepCsv() {
    }

    static String csv(SweepResults results) {
        List<String> header = new ArrayList<>(List.of("configuration"));
        results.plan().parameters().stream().map(p -> p.path().written()).forEach(header::add);
        header.addAll(List.of("vendor_profile", "seeds", "completed_runs"));
        for (Metric metric : Metric.values()) {
            header.add(metric.key() + "_mean");
            header.add(metric.key() + "_ci95");
        }
        StringBuilder csv = new StringBuilder();
        row(csv, header);
        for (CombinationResult result : results.combinations()) {
            List<String> row = new ArrayList<>(List.of(result.combination().configuration()));
            for (VariedParameter parameter : results.plan().parameters()) {
                row.add(result.combination().value(parameter.path().written()));
            }
            row.add(result.runs().stream().filter(r -> !r.failed()).map(r -> r.vendorProfile()).findFirst()
                    .orElse(""));
            row.add(String.valueOf(result.seeds().size()));
            row.add(String.valueOf(result.runs().stream().filter(r -> !r.failed()).count()));
            for (Metric metric : Metric.values()) {
                Estimate estimate = result.estimate(metric);
                row.add(number(estimate.mean()));
                row.add(number(estimate.halfWidth()));
            }
            row(csv, row);
        }
        return csv.toString();
    }

    /** Full precision, so a spreadsheet computes with what the runs gave; empty for no value. */
    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%s", value);
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i) == null ? "" : fields.get(i);
            if (i > 0) {
                csv.append(',');
            }
            if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                csv.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(field);
            }
        }
        csv.append("\r\n");
    }
}
