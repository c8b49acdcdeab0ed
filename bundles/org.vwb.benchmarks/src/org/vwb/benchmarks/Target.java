package org.vwb.benchmarks;

import java.util.List;
import java.util.Locale;

import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;

/**
 * One target a benchmark is judged by (docs/benchmarks.md), with the figure the run measured: a verdict line
 * beside it, and the exit code of {@code vwb bench} (1 when a target is missed), so a script or CI job need not
 * parse figures to know. A target set for one size (10,000 VMs for 10 s) is not judged on a run of another size:
 * the line says so rather than claiming a pass the target never promised.
 *
 * @param figure    what is measured, e.g. {@code wall time}
 * @param measured  the run's figure
 * @param unit      its unit, after the number ({@code s}, {@code MiB}), or empty
 * @param atLeast   whether the figure must reach the limit (a ratio) rather than stay below it (a time)
 * @param limit     the target
 * @param notJudged why this run is not judged against it, or empty
 */
public record Target(String figure, double measured, String unit, boolean atLeast, double limit, String notJudged) {

    /** The figure must be at least {@code limit}. */
    public static Target atLeast(String figure, double measured, String unit, double limit) {
        return new Target(figure, measured, unit, true, limit, "");
    }

    /** The figure must stay below {@code limit}. */
    public static Target below(String figure, double measured, String unit, double limit) {
        return new Target(figure, measured, unit, false, limit, "");
    }

    /** This target, not judged on this run when {@code judged} is false, for the reason given. */
    public Target judgedOnlyIf(boolean judged, String reason) {
        return judged ? this : new Target(figure, measured, unit, atLeast, limit, reason);
    }

    /** Whether the run met the target; a run not judged has not missed it. */
    public boolean met() {
        return !notJudged.isEmpty() || (atLeast ? measured >= limit : measured < limit);
    }

    /** {@code target wall time < 3 s: 1.27 s, met}, {@code ...: 3.4 s, MISSED}, or why it was not judged. */
    public String line() {
        String head = "target " + figure + (atLeast ? " >= " : " < ") + number(limit) + unit + ": " + number(measured)
                + unit + ", ";
        return head + (!notJudged.isEmpty() ? "not judged (" + notJudged + ")" : met() ? "met" : "MISSED");
    }

    /** Prints a verdict line per target and a closing one; 1 when any target was missed, else 0. */
    public static int report(CommandIo io, List<Target> targets) {
        targets.forEach(target -> io.out().println(target.line()));
        long missed = targets.stream().filter(target -> !target.met()).count();
        long judged = targets.stream().filter(target -> target.notJudged().isEmpty()).count();
        io.out().println(missed == 0 ? "verdict: " + judged + " of " + targets.size() + " targets judged, all met"
                : "verdict: " + missed + " of " + judged + " targets judged MISSED");
        return missed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
