package org.vwb.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.vwb.model.Model;
import org.vwb.model.NamedElement;

/** Readable paths of model elements, such as {@code configuration 'hyperv' / virtual machine 'legacy' / device 'nic'}. */
public final class ElementPaths {

    private ElementPaths() {
    }

    /** The element and its containers up to (not including) the model root. */
    public static String of(EObject element) {
        Deque<String> segments = new ArrayDeque<>();
        for (EObject e = element; e != null && !(e instanceof Model); e = e.eContainer()) {
            segments.addFirst(label(e));
        }
        return segments.isEmpty() ? "model" : String.join(" / ", segments);
    }

    /** One element: its kind in words and its name. */
    public static String label(EObject element) {
        String kind = words(element.eClass().getName());
        if (element instanceof NamedElement named && named.getName() != null) {
            return kind + " '" + named.getName() + "'";
        }
        return kind;
    }

    /** {@code VirtualMachine} becomes {@code virtual machine}. */
    static String words(String camelCase) {
        StringBuilder out = new StringBuilder();
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c) && out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
