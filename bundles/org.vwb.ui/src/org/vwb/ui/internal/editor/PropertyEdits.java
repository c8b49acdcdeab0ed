package org.vwb.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.vwb.ui.internal.session.Document;

/**
 * The properties of one element as the item providers describe them, and edits to them as EMF commands on the
 * document's command stack (so each is one undoable step). Text is converted with the attribute's own data
 * type; text it cannot take is refused with a reason, and nothing changes.
 */
public final class PropertyEdits {

    private final Document document;

    public PropertyEdits(Document document) {
        this.document = document;
    }

    public List<IItemPropertyDescriptor> descriptors(EObject element) {
        IItemPropertySource source = (IItemPropertySource) document.adapters().adapt(element, IItemPropertySource.class);
        return source == null ? List.of() : source.getPropertyDescriptors(element);
    }

    public IItemPropertyDescriptor descriptor(EObject element, String featureName) {
        for (IItemPropertyDescriptor descriptor : descriptors(element)) {
            if (feature(element, descriptor).getName().equals(featureName)) {
                return descriptor;
            }
        }
        throw new IllegalArgumentException(element.eClass().getName() + " has no property " + featureName);
    }

    public EStructuralFeature feature(EObject element, IItemPropertyDescriptor descriptor) {
        return (EStructuralFeature) descriptor.getFeature(element);
    }

    /** The value as text: a referenced element by its label, a datatype value as the data type writes it. */
    public String text(EObject element, IItemPropertyDescriptor descriptor) {
        Object value = element.eGet(feature(element, descriptor));
        return label(element, descriptor, value);
    }

    public String label(EObject element, IItemPropertyDescriptor descriptor, Object value) {
        if (value == null) {
            return "";
        }
        IItemLabelProvider labels = descriptor.getLabelProvider(element);
        return value instanceof EObject && labels != null ? labels.getText(value) : String.valueOf(value);
    }

    /** The values a property may take when it is a choice (enums, booleans, references), else empty. */
    public List<Object> choices(EObject element, IItemPropertyDescriptor descriptor) {
        EStructuralFeature feature = feature(element, descriptor);
        if (feature.getEType() instanceof EDataType type && type.getInstanceClass() == boolean.class) {
            return List.of(Boolean.TRUE, Boolean.FALSE);
        }
        Collection<?> choices = descriptor.getChoiceOfValues(element);
        return choices == null ? List.of() : new ArrayList<>(choices);
    }

    /** Sets a property from text typed by the user; returns why it was refused, or null when applied. */
    public String setFromText(EObject element, String featureName, String text) {
        IItemPropertyDescriptor descriptor = descriptor(element, featureName);
        EStructuralFeature feature = feature(element, descriptor);
        if (!descriptor.canSetProperty(element)) {
            return featureName + " cannot be changed here";
        }
        Object value;
        if (feature instanceof EAttribute attribute) {
            try {
                value = text.isEmpty() && !attribute.getEAttributeType().getInstanceClass().isPrimitive() ? null
                        : EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
            } catch (RuntimeException e) {
                return "'" + text + "' is not a valid " + attribute.getEAttributeType().getName() + " for " + featureName;
            }
        } else {
            value = choices(element, descriptor).stream()
                    .filter(c -> c != null && label(element, descriptor, c).equals(text)).findFirst().orElse(null);
        }
        return set(element, feature, value);
    }

    /** Sets a property to a value (a choice); returns why it was refused, or null when applied. */
    public String set(EObject element, EStructuralFeature feature, Object value) {
        Command command = SetCommand.create(document.domain(), element, feature, value);
        if (!command.canExecute()) {
            return feature.getName() + " cannot take " + value;
        }
        document.commandStack().execute(command);
        return null;
    }
}
