package org.vwb.model.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One validation result: severity, the element it is about (with its readable path) and the reason.
 *
 * @param severity error or warning
 * @param element  the element concerned, or {@code null} for the model as a whole
 * @param path     readable path of the element, see {@link ElementPaths}
 * @param reason   why, in words a user can act on
 */
public record Finding(Severity severity, EObject element, String path, String reason) {

    /** How bad a finding is: an error stops a run, a warning does not. */
    public enum Severity {
        ERROR, WARNING
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase() + ": " + path + ": " + reason;
    }
}
