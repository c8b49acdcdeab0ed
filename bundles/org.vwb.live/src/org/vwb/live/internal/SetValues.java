package org.vwb.live.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One shell edit as an EMF command: values set on features of model objects, undone by setting the old ones back.
 * A many-valued feature takes a list, which replaces its elements (contained ones move in, and back out on undo).
 */
final class SetValues extends AbstractCommand {

    /** One feature of one object and its new value. */
    record Setting(EObject owner, EStructuralFeature feature, Object value) {
    }

    private final List<Setting> settings;
    private final List<Object> old = new ArrayList<>();

    SetValues(String label, List<Setting> settings) {
        super(label);
        this.settings = List.copyOf(settings);
    }

    @Override
    protected boolean prepare() {
        return !settings.isEmpty();
    }

    @Override
    public void execute() {
        old.clear();
        for (Setting setting : settings) {
            old.add(valueOf(setting.owner(), setting.feature()));
            setting.owner().eSet(setting.feature(), setting.value());
        }
    }

    @Override
    public void undo() {
        for (int i = settings.size() - 1; i >= 0; i--) {
            settings.get(i).owner().eSet(settings.get(i).feature(), old.get(i));
        }
    }

    @Override
    public void redo() {
        execute();
    }

    /** The value now, as a value to set back: a list feature's elements are copied out of the live list. */
    static Object valueOf(EObject owner, EStructuralFeature feature) {
        Object value = owner.eGet(feature);
        return feature.isMany() ? new ArrayList<>((List<?>) value) : value;
    }
}
