package org.vwb.headless.internal.audit;

import java.util.Locale;

import org.vwb.headless.TerminalText;
import org.vwb.headless.audit.AuditSimulation;
import org.vwb.headless.audit.DeviceFigures;
import org.vwb.headless.audit.SwitchEstimate;
import org.vwb.interchange.audit.AuditFinding;

/** The simulation part of {@code vwb audit --simulate} as text, to follow the audit's own text. */
public final class AuditText {

    private AuditText() {
    }

    public static String of(AuditSimulation simulation) {
        if (!simulation.available()) {
            return "\nsimulation unavailable: no simulator is installed, so the switches have no figures\n";
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%nwhat the switch would save according to the simulation (%s s simulated per run, seed %d;"
                        + " workload: %s):%n", number(simulation.durationSeconds()), simulation.seed(),
                simulation.workload()));
        if (simulation.estimates().isEmpty()) {
            text.append("  no emulated device to replace\n");
        }
        for (SwitchEstimate estimate : simulation.estimates()) {
            AuditFinding finding = estimate.finding();
            text.append("  ").append(TerminalText.escape(finding.vm().getName() + " ("
                    + estimate.file().getFileName() + ") " + finding.device().getName() + ": "
                    + finding.device().getDeviceModel() + " -> " + finding.replacement() + ": "));
            text.append(estimate.isSimulated() ? figures(estimate)
                    : TerminalText.escape("not simulated, " + estimate.problem()));
            text.append('\n');
        }
        return text.toString();
    }

    private static String figures(SwitchEstimate estimate) {
        DeviceFigures before = estimate.before();
        DeviceFigures after = estimate.after();
        return "CPU " + number(before.cpuMicrosPerRequest()) + " -> " + number(after.cpuMicrosPerRequest())
                + " us/request (saves " + number(estimate.cpuMicrosSavedPerRequest()) + "), exits "
                + number(before.exitsPerRequest()) + " -> " + number(after.exitsPerRequest()) + " per request (saves "
                + number(estimate.exitsSavedPerRequest()) + "), p99 latency " + number(before.p99LatencyMicros())
                + " -> " + number(after.p99LatencyMicros()) + " us (saves " + number(estimate.p99LatencySavedMicros())
                + ")";
    }

    /** Three significant digits are as many as a two-second run supports; "-" for a figure nothing measured. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, "%.3g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
