package org.vwb.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.vwb.model.VwbPackage;

/**
 * Runs EMF's {@link Diagnostician} with vwb's {@link VwbRules} and flattens the diagnostics into findings.
 * Uses a registry of its own rather than the global one, so validating never depends on who registered what.
 */
public final class ModelValidation {

    private ModelValidation() {
    }

    /** Validates an element and everything it contains. */
    public static List<Finding> validate(EObject root) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(VwbPackage.eINSTANCE, new VwbRules());
        Diagnostician diagnostician = new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return ElementPaths.of(eObject);
            }
        };
        BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(root);
        diagnostician.validate(root, diagnostics, diagnostician.createDefaultContext());
        List<Finding> findings = new ArrayList<>();
        collect(diagnostics, findings);
        return findings;
    }

    /** Whether any finding is an error. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
    }

    private static void collect(Diagnostic diagnostic, List<Finding> into) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.WARNING) {
            EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e)
                    ? null : e;
            Finding.Severity severity = diagnostic.getSeverity() >= Diagnostic.ERROR
                    ? Finding.Severity.ERROR : Finding.Severity.WARNING;
            String path = element == null ? "model" : ElementPaths.of(element);
            into.add(new Finding(severity, element, path, reasonOf(diagnostic.getMessage(), path)));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, into);
        }
    }

    /** EMF's own messages quote the object label; ours already start with the path, so strip a repeat. */
    private static String reasonOf(String message, String path) {
        String quoted = "'" + path + "'";
        return message.replace(" of " + quoted, "").replace(" " + quoted, "").replace(quoted, "this element");
    }
}
