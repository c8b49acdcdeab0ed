package org.vwb.model.persistence;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser throw into one line a user can act on. */
final class LoadProblems {

    private LoadProblems() {
    }

    static ModelLoadException translate(Path file, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BoundedXmiHandler.Refusal refusal) {
                return new ModelLoadException(file, refusal.getLineNumber(), refusal.getMessage(), failure);
            }
            if (t instanceof SAXParseException sax) {
                return new ModelLoadException(file, sax.getLineNumber(), xmlReason(sax.getMessage()), failure);
            }
            if (t instanceof Resource.Diagnostic diagnostic && !(t instanceof Resource.IOWrappedException)) {
                return translate(file, diagnostic);
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new ModelLoadException(file, 0, "cannot read: " + message, failure);
    }

    static ModelLoadException translate(Path file, Resource.Diagnostic diagnostic) {
        Throwable cause = diagnostic instanceof Throwable t ? t : null;
        return new ModelLoadException(file, diagnostic.getLine(), reason(diagnostic), cause);
    }

    private static String reason(Resource.Diagnostic d) {
        if (d instanceof FeatureNotFoundException f) {
            return "unknown element or attribute '" + f.getName() + "'" + owner(f.getObject());
        }
        if (d instanceof ClassNotFoundException c) {
            return "unknown type '" + c.getName() + "'";
        }
        if (d instanceof PackageNotFoundException p) {
            return "not a vwb model: unknown namespace '" + p.uri() + "'";
        }
        if (d instanceof UnresolvedReferenceException u) {
            return "dangling reference '" + u.getReference() + "'" + " in '" + u.getFeature().getName() + "'";
        }
        if (d instanceof IllegalValueException v) {
            return "illegal value '" + v.getValue() + "' for '" + v.getFeature().getName() + "'"
                    + literals(v.getFeature().getEType());
        }
        if (d instanceof Throwable t && t.getCause() instanceof SAXParseException sax) {
            return xmlReason(sax.getMessage());
        }
        return d.getMessage();
    }

    private static String owner(Object object) {
        return object instanceof org.eclipse.emf.ecore.EObject e ? " in " + e.eClass().getName() : "";
    }

    private static String literals(org.eclipse.emf.ecore.EClassifier type) {
        if (type instanceof org.eclipse.emf.ecore.EEnum e) {
            return " (expected one of " + e.getELiterals().stream().map(l -> l.getLiteral())
                    .collect(java.util.stream.Collectors.joining(", ")) + ")";
        }
        return " (expected " + type.getName() + ")";
    }

    private static String xmlReason(String message) {
        if (message != null && message.contains("DOCTYPE")) {
            return "DOCTYPE declarations are not allowed in .vwb files (external entities are refused)";
        }
        return "malformed XML: " + message;
    }
}
