package org.vwb.sweep.internal.report;

import java.nio.charset.StandardCharsets;

import org.vwb.sweep.internal.results.SweepResults;

/** Every rendering of a sweep's results, as bytes ready to write; none holds wall time or where the runs went. */
public final class SweepReports {

    private SweepReports() {
    }

    public static byte[] html(SweepResults results) {
        return SweepPage.html(results).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] json(SweepResults results) {
        return SweepJson.json(results).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] csv(SweepResults results) {
        return SweepCsv.csv(results).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(SweepResults results) {
        return SweepText.text(results);
    }
}
