package org.vwb.sweep.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vwb.sweep.internal.results.CombinationResult;
import org.vwb.sweep.internal.results.Estimate;
import org.vwb.sweep.internal.results.Metric;
import org.vwb.sweep.internal.results.Series;
import org.vwb.sweep.internal.results.SweepResults;

/** The table on stdout: one line per combination, mean ± 95 % half-width; then the knee of each series. */
final class SweepText {

    private static final List<Metric> SHOWN = List.of(Metric.OFFERED, Metric.THROUGHPUT, Metric.LATENCY_P50,
            Metric.LATENCY_P99, Metric.CPU_PER_REQUEST);

    private SweepText() {
    }

    static String text(SweepResults results) {
        var plan = results.plan();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "sweep of %s: %d combinations x %d seeds (%s), %s simulated each; %s; mean ± 95%% confidence%n",
                plan.title(), results.combinations().size(), plan.seeds().size(), seedRange(plan.seeds()),
                Figures.number(plan.durationNanos() / 1e9) + " s", results.focus().map(d -> "device " + d)
                        .orElse("all devices")));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("combination", "runs"));
        SHOWN.forEach(m -> header.add(m.label() + " (" + m.unit() + ")"));
        rows.add(header);
        for (CombinationResult result : results.combinations()) {
            List<String> row = new ArrayList<>(List.of(result.combination().label(),
                    result.runs().stream().filter(r -> !r.failed()).count() + "/" + result.runs().size()));
            for (Metric metric : SHOWN) {
                row.add(estimate(result.estimate(metric)));
            }
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        rows.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(i == 0 ? cell + " ".repeat(widths[i] - cell.length())
                        : "  " + " ".repeat(widths[i] - cell.length()) + cell);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        for (Series series : results.series()) {
            text.append("knee of ").append(series.label()).append(": ").append(series.knee().isPresent()
                    ? Figures.number(series.kneeX().get()) + " (" + results.axisLabel() + ")"
                    : "not within the swept range").append('\n');
        }
        return text.toString();
    }

    private static String estimate(Estimate estimate) {
        if (Double.isNaN(estimate.mean())) {
            return "\u2013";
        }
        return Double.isNaN(estimate.halfWidth()) ? Figures.number(estimate.mean())
                : Figures.number(estimate.mean()) + " ± " + Figures.number(estimate.halfWidth());
    }

    private static String seedRange(List<Long> seeds) {
        return seeds.size() == 1 ? "seed " + seeds.get(0) : "seeds " + seeds.get(0) + ".." + seeds.get(seeds.size() - 1);
    }
}
