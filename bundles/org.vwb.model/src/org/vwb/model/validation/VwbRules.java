package org.vwb.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.Host;
import org.vwb.model.Hypervisor;
import org.vwb.model.NamedElement;
import org.vwb.model.Partition;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.Scenario;
import org.vwb.model.Workload;

/**
 * vwb's validation rules on top of EMF's structural ones (required values, multiplicities, dangling
 * references), which {@link EObjectValidator} checks first. Value ranges are checked here; rules that look
 * at a whole configuration are in {@link ConfigurationRules}.
 */
final class VwbRules extends EObjectValidator {

    static final String SOURCE = "org.vwb.model";

    @Override
    public boolean validate(EClass eClass, EObject element, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, element, diagnostics, context);
        Report report = new Report(element, diagnostics);
        uniqueNames(element, report);
        if (element instanceof Host host) {
            report.errorIf(host.getCores() < 1, "has " + host.getCores() + " cores; a host needs at least 1");
            report.errorIf(!(host.getClockGHz() > 0), "clock of " + host.getClockGHz() + " GHz; must be above 0");
            report.errorIf(host.getMemoryMiB() < 1, "memory of " + host.getMemoryMiB() + " MiB; must be above 0");
        } else if (element instanceof PhysicalDevice device) {
            report.errorIf(!(device.getBandwidthMbps() > 0),
                    "bandwidth of " + device.getBandwidthMbps() + " Mb/s; must be above 0");
            report.errorIf(!(device.getLatencyMicros() >= 0),
                    "latency of " + device.getLatencyMicros() + " us; must be 0 or more");
        } else if (element instanceof Partition partition) {
            report.errorIf(partition.getVcpus() < 1, "has " + partition.getVcpus() + " vCPUs; needs at least 1");
            report.errorIf(partition.getMemoryMiB() < 1,
                    "memory of " + partition.getMemoryMiB() + " MiB; must be above 0");
        } else if (element instanceof Hypervisor hypervisor) {
            report.errorIf(!(hypervisor.getOvercommitLimit() > 0),
                    "overcommit limit " + hypervisor.getOvercommitLimit() + "; must be above 0");
        } else if (element instanceof Workload workload) {
            workload(workload, report);
        } else if (element instanceof Scenario scenario) {
            report.errorIf(scenario.getConfigurations().isEmpty(), "compares no configuration");
            report.errorIf(!(scenario.getDurationSeconds() > 0),
                    "duration of " + scenario.getDurationSeconds() + " s; must be above 0");
        } else if (element instanceof Configuration configuration) {
            new ConfigurationRules(configuration, report).check();
        }
        return valid && report.valid();
    }

    private static void workload(Workload workload, Report report) {
        report.errorIf(workload.getRequestBytes() < 1,
                "request size of " + workload.getRequestBytes() + " bytes; must be above 0");
        report.errorIf(!(workload.getRatePerSecond() >= 0), "negative rate " + workload.getRatePerSecond());
        report.errorIf(workload.getQueueDepth() < 0, "negative queue depth " + workload.getQueueDepth());
        boolean open = workload.getRatePerSecond() > 0;
        boolean closed = workload.getQueueDepth() > 0;
        report.errorIf(open == closed, open
                ? "sets both a rate and a queue depth; choose open loop (rate) or closed loop (queue depth)"
                : "issues no request: set a rate per second (open loop) or a queue depth (closed loop)");
        report.errorIf(!(workload.getReadFraction() >= 0 && workload.getReadFraction() <= 1),
                "read fraction " + workload.getReadFraction() + " is outside 0..1");
        report.errorIf(!(workload.getDurationSeconds() >= 0),
                "negative duration " + workload.getDurationSeconds());
        if (workload.getDevice() != null && workload.getDevice().getMode() == DeviceMode.UNKNOWN) {
            report.error("drives device '" + workload.getDevice().getName() + "', whose type vwb does not model "
                    + "(mode UNKNOWN): it cannot be simulated; give it a device model and mode, or remove the workload");
        }
        if (workload.getDevice() != null && !workload.getDevice().eIsProxy()
                && workload.getDevice().eContainer() != workload.eContainer()) {
            report.error("targets device '" + workload.getDevice().getName()
                    + "' of another virtual machine; a workload drives a device of its own VM");
        }
    }

    /** Names are the keys of references in a .vwb file, so siblings must not share one. */
    private static void uniqueNames(EObject element, Report report) {
        for (EReference containment : element.eClass().getEAllContainments()) {
            if (!containment.isMany()) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Object child : (List<?>) element.eGet(containment)) {
                if (child instanceof NamedElement named && named.getName() != null && !seen.add(named.getName())) {
                    report.error("has two " + ElementPaths.words(named.eClass().getName()) + "s named '"
                            + named.getName() + "'; names must be unique among siblings");
                }
            }
        }
    }

    /** Collects the findings about one element into EMF's diagnostic chain. */
    static final class Report {
        private final EObject element;
        private final DiagnosticChain diagnostics;
        private boolean valid = true;

        Report(EObject element, DiagnosticChain diagnostics) {
            this.element = element;
            this.diagnostics = diagnostics;
        }

        void errorIf(boolean condition, String reason) {
            if (condition) {
                error(reason);
            }
        }

        void error(String reason) {
            add(Diagnostic.ERROR, element, reason);
        }

        void warning(String reason) {
            add(Diagnostic.WARNING, element, reason);
        }

        void warning(EObject about, String reason) {
            add(Diagnostic.WARNING, about, reason);
        }

        void error(EObject about, String reason) {
            add(Diagnostic.ERROR, about, reason);
        }

        boolean valid() {
            return valid;
        }

        private void add(int severity, EObject about, String reason) {
            valid &= severity != Diagnostic.ERROR;
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(severity, SOURCE, 0, reason, new Object[] {about}));
            }
        }
    }
}
