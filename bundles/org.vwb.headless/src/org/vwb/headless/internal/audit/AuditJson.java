package org.vwb.headless.internal.audit;

import java.util.stream.Collectors;

import org.vwb.headless.audit.AuditSimulation;
import org.vwb.headless.audit.DeviceFigures;
import org.vwb.headless.audit.SwitchEstimate;
import org.vwb.interchange.audit.AuditReport;

/**
 * {@code vwb audit --format json}: the audit's own JSON object, led by {@code report} and {@code schemaVersion}
 * (docs/audit.schema.json) and with a {@code simulation} member added under {@code --simulate}, so that a script
 * reads one object either way.
 */
public final class AuditJson {

    /** Raised when a field is renamed or removed; adding fields keeps it. */
    static final int SCHEMA_VERSION = 1;

    private AuditJson() {
    }

    public static String of(AuditReport report, AuditSimulation simulation) {
        // the audit's JSON is one object: its opening brace is the first character, its closing one the last
        String audit = "{\"report\":\"vwb-audit\",\"schemaVersion\":" + SCHEMA_VERSION + ","
                + report.toJson().strip().substring(1);
        if (simulation == null) {
            return audit + "\n";
        }
        return audit.substring(0, audit.length() - 1) + ",\"simulation\":" + simulation(simulation) + "}\n";
    }

    private static String simulation(AuditSimulation simulation) {
        if (!simulation.available()) {
            return "{\"available\":false}";
        }
        return "{\"available\":true,\"durationSeconds\":" + JsonText.number(simulation.durationSeconds())
                + ",\"seed\":" + simulation.seed() + ",\"workload\":" + JsonText.string(simulation.workload())
                + ",\"switches\":[" + simulation.estimates().stream().map(AuditJson::estimate)
                        .collect(Collectors.joining(",")) + "]}";
    }

    private static String estimate(SwitchEstimate estimate) {
        var finding = estimate.finding();
        return "{\"file\":" + JsonText.string(estimate.file().toString()) + ",\"configuration\":"
                + JsonText.string(finding.configuration().getName()) + ",\"vm\":"
                + JsonText.string(finding.vm().getName()) + ",\"device\":"
                + JsonText.string(finding.device().getName()) + ",\"from\":"
                + JsonText.string(finding.device().getDeviceModel()) + ",\"to\":"
                + JsonText.string(finding.replacement()) + ",\"before\":" + figures(estimate.before())
                + ",\"after\":" + figures(estimate.after()) + ",\"problem\":" + JsonText.string(estimate.problem())
                + "}";
    }

    private static String figures(DeviceFigures figures) {
        if (figures == null) {
            return "null";
        }
        return "{\"cpuMicrosPerRequest\":" + JsonText.number(figures.cpuMicrosPerRequest())
                + ",\"exitsPerRequest\":" + JsonText.number(figures.exitsPerRequest()) + ",\"p99LatencyMicros\":"
                + JsonText.number(figures.p99LatencyMicros()) + ",\"completed\":" + figures.completed() + "}";
    }
}
