package org.vwb.report;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.Comparison;

/**
 * An entry against the same configuration run on bare metal ({@code --vendors native.bare-metal}): the "x native"
 * figures papers on virtualization overhead report. A ratio whose bare-metal figure is zero or unknown (no request
 * completed) is {@code NaN}, never a made-up 0 or infinity; text shows it as "-", JSON as {@code null}.
 *
 * @param label             the entry
 * @param nativeLabel       the bare-metal entry it is measured against
 * @param throughputRatio   requests per second of the entry over those of the bare-metal run
 * @param cpuPerRequestRatio CPU microseconds per request (every context) of the entry over the bare-metal run's
 */
public record NativeRatio(String label, String nativeLabel, double throughputRatio, double cpuPerRequestRatio) {

    /** One ratio per entry that has a bare-metal baseline ({@link Comparison#nativeBaseline}), in entry order. */
    public static List<NativeRatio> of(Comparison comparison) {
        List<NativeRatio> ratios = new ArrayList<>();
        for (Comparison.Entry entry : comparison.entries()) {
            comparison.nativeBaseline(entry).ifPresent(baseline -> ratios.add(of(EntrySummary.of(entry),
                    EntrySummary.of(baseline))));
        }
        return ratios;
    }

    /** The ratio of one entry's summary to its bare-metal run's. */
    public static NativeRatio of(EntrySummary entry, EntrySummary bare) {
        return new NativeRatio(entry.label(), bare.label(), ratio(entry.throughputPerSecond(),
                bare.throughputPerSecond()), ratio(entry.totalCpuMicrosPerRequest(), bare.totalCpuMicrosPerRequest()));
    }

    private static double ratio(double value, double base) {
        return base > 0 && Double.isFinite(base) && Double.isFinite(value) ? value / base : Double.NaN;
    }
}
