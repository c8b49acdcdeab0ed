package org.vwb.headless.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.headless.internal.audit.SimulationCopy;
import org.vwb.interchange.audit.AuditFinding;
import org.vwb.interchange.audit.AuditReport;
import org.vwb.interchange.audit.VmAudit;
import org.vwb.model.Configuration;

/**
 * Runs, for every emulated device an audit proposes to replace, the VM's configuration as it is and as
 * {@link AuditFinding#proposedConfiguration()} proposes, for a short fixed time with a fixed seed, and compares
 * the device's figures. Written against the {@link Simulator} API only: whichever vendor profiles and device
 * models are installed price the runs, and what is missing is reported per switch, not as a failed audit.
 */
public final class SwitchSimulation {

    /** Simulated time of each run: long enough for thousands of requests at the default rate, short to wait for. */
    public static final double DURATION_SECONDS = 2;

    /** The seed of each run, fixed so that the same folder gives the same figures. */
    public static final long SEED = 42;

    private final Simulator simulator;

    public SwitchSimulation(Simulator simulator) {
        this.simulator = simulator;
    }

    /** What each proposed switch of the report would save; a simulator that is absent gives no figures. */
    public static AuditSimulation of(AuditReport report, Optional<Simulator> simulator) {
        return simulator.map(s -> new SwitchSimulation(s).simulate(report)).orElse(AuditSimulation.unavailable());
    }

    public AuditSimulation simulate(AuditReport report) {
        List<SwitchEstimate> estimates = new ArrayList<>();
        for (VmAudit vm : report.vms()) {
            for (AuditFinding finding : vm.findings()) {
                if (finding.type() == AuditFinding.Type.EMULATED_DEVICE && finding.replacement() != null) {
                    estimates.add(estimate(vm.file(), finding));
                }
            }
        }
        return new AuditSimulation(true, DURATION_SECONDS, SEED, SimulationCopy.DEFAULT_WORKLOAD, estimates);
    }

    private SwitchEstimate estimate(Path file, AuditFinding finding) {
        try {
            return SwitchEstimate.simulated(file, finding, figures(finding.configuration(), finding),
                    figures(finding.proposedConfiguration(), finding));
        } catch (NotRunnableException e) {
            return SwitchEstimate.notSimulated(file, finding, "cannot run: " + String.join("; ", e.reasons()));
        } catch (RuntimeException e) { // a plugin's bug must not cost the other switches their figures
            return SwitchEstimate.notSimulated(file, finding, "simulation failed: " + e);
        }
    }

    private DeviceFigures figures(Configuration configuration, AuditFinding finding) throws NotRunnableException {
        RunResult result = simulator.run(SimulationCopy.withDefaultWorkloads(configuration),
                RunOptions.seconds(DURATION_SECONDS, SEED));
        if (result.status() == RunResult.Status.FAILED) {
            throw new NotRunnableException(List.of("the run failed: " + result.failure()));
        }
        String vm = finding.vm().getName();
        String device = finding.device().getName();
        return result.device(vm, device).map(DeviceFigures::of).orElseThrow(() -> new NotRunnableException(
                List.of("the run has no figures for " + vm + "/" + device)));
    }
}
