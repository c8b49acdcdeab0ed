package org.vwb.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.vwb.core.Comparison;
import org.vwb.core.ComputeResult;

/**
 * The CPU-bound jobs of a comparison, one row per VM and entry: how far each got, its completion, its stretch
 * against a core always free, its vCPUs' ready time, its exits, and its completion against the same job on bare
 * metal when the comparison ran one. A figure not measured (a job that did not finish) is {@code NaN}.
 *
 * @param label            the entry
 * @param job              the VM's result
 * @param completionNative completion time over the bare-metal run's, or NaN
 */
public record ComputeRows(String label, ComputeResult job, double completionNative) {

    /** Every job of every entry, entries in order, VMs in their order within each. */
    public static List<ComputeRows> of(Comparison comparison) {
        List<ComputeRows> rows = new ArrayList<>();
        for (Comparison.Entry entry : comparison.entries()) {
            Optional<Comparison.Entry> bare = comparison.nativeBaseline(entry);
            for (ComputeResult job : entry.result().computes()) {
                rows.add(new ComputeRows(entry.label(), job, completionNative(job, bare)));
            }
        }
        return rows;
    }

    /** The VMs that run a job in any entry, in order of first appearance. */
    public static Set<String> vms(Comparison comparison) {
        Set<String> vms = new LinkedHashSet<>();
        comparison.entries().forEach(e -> e.result().computes().forEach(c -> vms.add(c.vm())));
        return vms;
    }

    /** A job's completion over the same VM's job on bare metal; NaN without a baseline or a finished pair. */
    public static double completionNative(ComputeResult job, Optional<Comparison.Entry> bare) {
        return bare.flatMap(b -> b.result().compute(job.vm()))
                .map(b -> ratio(job.completionSeconds(), b.completionSeconds())).orElse(Double.NaN);
    }

    private static double ratio(double value, double base) {
        return base > 0 && Double.isFinite(base) && Double.isFinite(value) ? value / base : Double.NaN;
    }
}
