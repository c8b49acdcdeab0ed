package org.vwb.headless.internal.simulation;

import static org.vwb.report.SummaryTable.number;

import java.util.List;

import org.vwb.core.Comparison;
import org.vwb.core.ComputeResult;
import org.vwb.headless.TextTable;
import org.vwb.report.ComputeRows;

/** The CPU-bound jobs' table that {@code vwb run} and {@code vwb compare} print after their devices. */
final class ComputeText {

    private ComputeText() {
    }

    /** One row per entry and VM with a job; empty when no VM runs one. */
    static String table(Comparison comparison) {
        List<ComputeRows> rows = ComputeRows.of(comparison);
        if (rows.isEmpty()) {
            return "";
        }
        TextTable table = new TextTable(3, "entry", "vm", "job", "vcpus", "guest s done",
                "completion s", "stretch", "ready %", "work/s per vcpu", "exits/guest s", "virt. overhead %",
                "completion x native");
        for (ComputeRows row : rows) {
            ComputeResult job = row.job();
            table.row(row.label(), job.vm(), job.job(), job.vcpus(),
                    number(job.guestSeconds()) + " of " + number(job.cpuSecondsPerVcpu() * job.vcpus()),
                    number(job.completionSeconds()), number(job.stretch()), number(100 * job.readyShare()),
                    number(job.throughputPerVcpu()), number(job.exitsPerGuestSecond()),
                    number(job.guestSeconds() > 0 ? 100 * job.overheadSeconds() / job.guestSeconds() : Double.NaN),
                    number(row.completionNative()));
        }
        return "\nCompute jobs (stretch: runnable time over the core time the vCPUs got; ready: waiting for a core)\n"
                + table;
    }
}
