package org.vwb.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.Model;
import org.vwb.model.NamedElement;
import org.vwb.model.Scenario;
import org.vwb.model.VirtualDevice;
import org.vwb.model.Workload;

/**
 * vwb's validation rules on top of EMF's structural ones (required values, multiplicities, dangling
 * references), which {@link EObjectValidator} checks first. Value ranges ({@link ValueRanges}), the format
 * version and references that leave the file are checked here; rules that look at a whole configuration are in
 * {@link ConfigurationRules}.
 */
final class VwbRules extends EObjectValidator {

    static final String SOURCE = "org.vwb.model";

    /** The {@code formatVersion} this vwb reads: the one of the model namespace it knows. */
    static final String SUPPORTED_FORMAT = "1.0";
    /** e1000's InterruptThrottleRate and vmxnet3's coalescingParams start at 100 interrupts/s. */
    private static final int MIN_INTERRUPT_RATE = 100;

    @Override
    public boolean validate(EClass eClass, EObject element, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, element, diagnostics, context);
        Report report = new Report(element, diagnostics);
        uniqueNames(element, report);
        ranges(element, report);
        if (element instanceof Model model) {
            formatVersion(model, report);
        } else if (element instanceof Workload workload) {
            workload(workload, report);
        } else if (element instanceof Scenario scenario) {
            report.errorIf(scenario.getConfigurations().isEmpty(), "compares no configuration");
        } else if (element instanceof Configuration configuration) {
            new ConfigurationRules(configuration, report).check();
        } else if (element instanceof VirtualDevice device) {
            report.errorIf(device.getInterruptRate() > 0 && device.getInterruptRate() < MIN_INTERRUPT_RATE,
                    "interruptRate " + device.getInterruptRate() + " is not allowed: -1 (the device's own "
                            + "moderation), 0 (off) or 100 to 100,000 interrupts/s");
        }
        return valid && report.valid();
    }

    /** Every numeric attribute inside its range ({@link ValueRanges}); NaN and infinities never are. */
    private static void ranges(EObject element, Report report) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            ValueRanges.of(attribute).ifPresent(range -> {
                Object value = element.eGet(attribute);
                if (value instanceof Number number && !range.contains(number.doubleValue())) {
                    report.error(attribute.getName() + " " + value + " is out of range (" + range.describe() + ")");
                }
            });
        }
    }

    private static void formatVersion(Model model, Report report) {
        String version = model.getFormatVersion();
        report.errorIf(version != null && !SUPPORTED_FORMAT.equals(version.strip()), "formatVersion '" + version
                + "' is not supported; this vwb reads and writes format version " + SUPPORTED_FORMAT);
    }

    private static void workload(Workload workload, Report report) {
        boolean open = workload.getRatePerSecond() > 0;
        boolean closed = workload.getQueueDepth() > 0;
        report.errorIf(open == closed, open
                ? "sets both a rate and a queue depth; choose open loop (rate) or closed loop (queue depth)"
                : "issues no request: set a rate per second (open loop) or a queue depth (closed loop)");
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

    /**
     * A reference that did not resolve points outside the file (a URL, another file): a .vwb file resolves only
     * within itself, so it is an error naming the element, the reference and where it points.
     */
    @Override
    public boolean validate_EveryProxyResolves(EObject element, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Report report = new Report(element, diagnostics);
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || !element.eIsSet(reference)) {
                continue;
            }
            Object value = element.eGet(reference, true);
            for (Object target : value instanceof List<?> list ? list : List.of(value)) {
                if (target instanceof EObject proxy && proxy.eIsProxy()) {
                    report.error("reference '" + reference.getName() + "' points to '"
                            + ((InternalEObject) proxy).eProxyURI() + "', outside this file; a .vwb file refers "
                            + "only to its own elements");
                }
            }
        }
        return report.valid();
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
