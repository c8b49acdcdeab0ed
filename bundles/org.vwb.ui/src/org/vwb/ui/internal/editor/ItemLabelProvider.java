package org.vwb.ui.internal.editor;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.vwb.model.validation.Finding;

/**
 * Labels and icons from the item providers; an element with validation problems is marked (red for an error,
 * brown for a warning, with a marker sign) and its tooltip lists the validator's messages.
 */
final class ItemLabelProvider extends ColumnLabelProvider {

    private final AdapterFactory adapters;
    private final Function<EObject, List<Finding>> findings;
    private final Map<Object, Image> images = new HashMap<>();

    ItemLabelProvider(AdapterFactory adapters, Function<EObject, List<Finding>> findings) {
        this.adapters = adapters;
        this.findings = findings;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
        String text = labels == null ? String.valueOf(element) : labels.getText(element);
        Finding.Severity worst = worst(element);
        return worst == null ? text : text + (worst == Finding.Severity.ERROR ? "  \u2716 error" : "  \u26a0 warning");
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
        Object image = labels == null ? null : labels.getImage(element);
        if (!(image instanceof URL url)) {
            return null;
        }
        return images.computeIfAbsent(url, u -> ImageDescriptor.createFromURL(url).createImage(false));
    }

    @Override
    public Color getForeground(Object element) {
        Finding.Severity worst = worst(element);
        if (worst == null) {
            return null;
        }
        return Display.getCurrent().getSystemColor(
                worst == Finding.Severity.ERROR ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW);
    }

    @Override
    public String getToolTipText(Object element) {
        if (!(element instanceof EObject eObject)) {
            return null;
        }
        List<Finding> on = findings.apply(eObject);
        return on.isEmpty() ? null
                : on.stream().map(f -> f.severity().name().toLowerCase() + ": " + f.reason())
                        .collect(Collectors.joining("\n"));
    }

    private Finding.Severity worst(Object element) {
        if (!(element instanceof EObject eObject)) {
            return null;
        }
        Finding.Severity worst = null;
        for (Finding finding : findings.apply(eObject)) {
            if (worst == null || finding.severity() == Finding.Severity.ERROR) {
                worst = finding.severity();
            }
        }
        return worst;
    }

    @Override
    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
        super.dispose();
    }
}
