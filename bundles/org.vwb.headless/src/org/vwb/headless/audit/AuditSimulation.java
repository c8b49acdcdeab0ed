package org.vwb.headless.audit;

import java.util.List;

/**
 * The simulated part of an audit: how each proposed switch was run and what it would save. Data only, for the
 * command line's text and JSON and for report writers.
 *
 * @param available       whether a simulator was installed; without one nothing was simulated
 * @param durationSeconds simulated time of each run
 * @param seed            the seed of each run, so that a repeated audit gives the same figures
 * @param workload        in words, the workload each device ran when its VM had none
 * @param estimates       one per emulated device the audit proposes to replace, in the audit's order
 */
public record AuditSimulation(boolean available, double durationSeconds, long seed, String workload,
        List<SwitchEstimate> estimates) {

    public AuditSimulation {
        estimates = List.copyOf(estimates);
    }

    /** No simulator is installed: the audit stands without figures. */
    public static AuditSimulation unavailable() {
        return new AuditSimulation(false, 0, 0, "", List.of());
    }
}
