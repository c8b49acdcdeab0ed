package org.vwb.core;

import java.util.List;

/**
 * One configuration change during a run: applied at a safe point, or refused and rolled back whole.
 *
 * @param requestedAtNanos  simulated time the change set arrived
 * @param appliedAtNanos    simulated time it took effect (after quiescing), or -1 when refused
 * @param changes           what changed, one line each (e.g. {@code legacy-vm/net0: dec21140 EMULATED -> netvsc SYNTHETIC})
 * @param quiescedNanos     simulated time the affected devices were quiesced
 * @param applied           whether it took effect
 * @param reason            why it was refused, or empty
 * @param before            figures just before the change, of the devices it affects (those changed or removed;
 *                          all when the platform changed; none when refused), without contexts: a record's size
 *                          follows its change, not the run
 * @param after             figures at the moment it took effect, of the devices it affected and those it added
 *                          (null when refused)
 */
public record SwapRecord(long requestedAtNanos, long appliedAtNanos, List<String> changes, long quiescedNanos,
        boolean applied, String reason, RunResult before, RunResult after) {
}
