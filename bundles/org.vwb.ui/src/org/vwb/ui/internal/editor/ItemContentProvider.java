package org.vwb.ui.internal.editor;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Tree content from the EMF.Edit item providers: the children the genmodel marks as such. */
final class ItemContentProvider implements ITreeContentProvider {

    private final AdapterFactory adapters;

    ItemContentProvider(AdapterFactory adapters) {
        this.adapters = adapters;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Object[] roots) {
            return roots;
        }
        IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapters.adapt(input,
                IStructuredItemContentProvider.class);
        return provider == null ? new Object[0] : provider.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = tree(parent);
        if (provider == null) {
            return new Object[0];
        }
        Collection<?> children = provider.getChildren(parent);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = tree(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = tree(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider tree(Object element) {
        return (ITreeItemContentProvider) adapters.adapt(element, ITreeItemContentProvider.class);
    }
}
