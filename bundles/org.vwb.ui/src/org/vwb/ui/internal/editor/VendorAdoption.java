package org.vwb.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vwb.model.Configuration;
import org.vwb.model.VwbPackage;

/**
 * One editor command that makes a configuration what its variant under another vendor profile is
 * ({@code Simulator.variant}: placement, parent partition, drivers, device models), changing only what differs.
 * Elements that are still there (the same class and name at the same place, e.g. every VM and device) keep their
 * identity, so the editor's selection and a device's workloads stay valid; only elements the variant adds or
 * drops (a parent partition, a driver domain) are replaced, by the variant's own, which is disposable. A reference
 * to an element of the variant is turned into the editor's element at the same place.
 */
final class VendorAdoption {

    private final EditingDomain domain;
    private final Configuration target;
    private final Configuration variant;
    private final CompoundCommand command;

    private VendorAdoption(EditingDomain domain, Configuration target, Configuration variant, String label) {
        this.domain = domain;
        this.target = target;
        this.variant = variant;
        this.command = new CompoundCommand(label);
    }

    /** The command; empty of steps (not executable) when the variant is what the configuration already is. */
    static CompoundCommand of(EditingDomain domain, Configuration target, Configuration variant, String label) {
        VendorAdoption adoption = new VendorAdoption(domain, target, variant, label);
        adoption.adopt(target, variant);
        return adoption.command;
    }

    private void adopt(EObject mine, EObject theirs) {
        for (EStructuralFeature feature : mine.eClass().getEAllStructuralFeatures()) {
            if (!feature.isChangeable() || feature.isDerived() || feature.isTransient()
                    || mine == target && feature == VwbPackage.Literals.NAMED_ELEMENT__NAME) {
                continue; // the configuration keeps its name; the variant's says which profile it came from
            }
            Object now = mine.eGet(feature);
            Object next = theirs.eGet(feature);
            if (feature instanceof EReference reference && reference.isContainment()) {
                adoptContained(mine, reference, now, next);
            } else if (feature instanceof EReference reference) {
                Object mapped = reference.isMany() ? ((List<?>) next).stream().map(this::counterpart).toList()
                        : counterpart(next);
                if (!Objects.equals(now, mapped)) {
                    set(mine, feature, mapped);
                }
            } else if (!Objects.equals(now, next)) {
                set(mine, feature, next);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void adoptContained(EObject mine, EReference reference, Object now, Object next) {
        List<EObject> mineList = reference.isMany() ? (List<EObject>) now : listOf((EObject) now);
        List<EObject> theirList = reference.isMany() ? (List<EObject>) next : listOf((EObject) next);
        if (!mineList.isEmpty() && sameElements(mineList, theirList)) {
            for (int i = 0; i < mineList.size(); i++) {
                adopt(mineList.get(i), theirList.get(i));
            }
        } else if (!EcoreUtil.equals(mineList, theirList)) {
            set(mine, reference, reference.isMany() ? new ArrayList<>(theirList) : next);
        }
    }

    /** The same classes and names in the same order: the same elements, whose contents are adopted one by one. */
    private static boolean sameElements(List<EObject> mine, List<EObject> theirs) {
        if (mine.size() != theirs.size()) {
            return false;
        }
        for (int i = 0; i < mine.size(); i++) {
            EObject a = mine.get(i);
            EObject b = theirs.get(i);
            if (a.eClass() != b.eClass() || !Objects.equals(name(a), name(b))) {
                return false;
            }
        }
        return true;
    }

    /** The editor's element where the variant has {@code value}, or {@code value} when the editor has none. */
    private Object counterpart(Object value) {
        if (!(value instanceof EObject element) || !EcoreUtil.isAncestor(variant, element)) {
            return value;
        }
        try {
            EObject mine = EcoreUtil.getEObject(target, EcoreUtil.getRelativeURIFragmentPath(variant, element));
            return mine != null && mine.eClass() == element.eClass() ? mine : value;
        } catch (RuntimeException e) {
            return value; // no such place in the editor's configuration: the element comes with the variant
        }
    }

    private void set(EObject owner, EStructuralFeature feature, Object value) {
        Command set = SetCommand.create(domain, owner, feature, value);
        command.append(set);
    }

    private static Object name(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        return name == null ? null : element.eGet(name);
    }

    private static List<EObject> listOf(EObject element) {
        return element == null ? List.of() : List.of(element);
    }
}
