package org.vwb.ui.internal.editor;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vwb.ui.internal.session.Document;
import org.vwb.ui.internal.session.Session;
import org.vwb.ui.internal.views.Widgets;

/**
 * The selected element's properties, editable in place: text for numbers and names, a drop-down for enums,
 * booleans and references. Every edit is one command on the document's stack; a refused value is explained in
 * the status line and nothing changes.
 */
public final class PropertiesPart {

    private final Session session;
    private TableViewer table;
    private Label status;
    private EObject element;
    private final Session.Listener listener = new Session.Listener() {
        @Override
        public void selectionChanged(EObject selected) {
            show(selected);
        }

        @Override
        public void documentChanged(Document document) {
            show(null);
        }

        @Override
        public void modelChanged(Document document) {
            if (!table.getControl().isDisposed()) {
                table.refresh();
            }
        }
    };

    @Inject
    public PropertiesPart(Session session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        Widgets.column(table, "Property", 160, IItemPropertyDescriptor.class, d -> d.getDisplayName(element));
        TableViewerColumn value = Widgets.column(table, "Value", 320, IItemPropertyDescriptor.class,
                d -> edits().text(element, d));
        value.setEditingSupport(new ValueEditing());
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        session.addListener(listener);
    }

    public TableViewer table() {
        return table;
    }

    public String status() {
        return status.getText();
    }

    /** Applies a typed value as the cell editor does. */
    public void edit(String featureName, String text) {
        String refused = edits().setFromText(element, featureName, text);
        status.setText(refused == null ? "" : refused);
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    private void show(EObject selected) {
        element = selected;
        if (table.getControl().isDisposed()) {
            return;
        }
        table.setInput(selected == null ? List.of() : edits().descriptors(selected));
        status.setText("");
    }

    private PropertyEdits edits() {
        return new PropertyEdits(session.document().orElseThrow());
    }

    /** In-place editing of the value column. */
    private final class ValueEditing extends EditingSupport {

        private List<Object> choices = List.of();

        ValueEditing() {
            super(table);
        }

        @Override
        protected boolean canEdit(Object row) {
            return ((IItemPropertyDescriptor) row).canSetProperty(element);
        }

        @Override
        protected CellEditor getCellEditor(Object row) {
            IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) row;
            choices = edits().choices(element, descriptor);
            if (choices.isEmpty()) {
                return new TextCellEditor(table.getTable());
            }
            String[] labels = choices.stream().map(c -> edits().label(element, descriptor, c)).toArray(String[]::new);
            return new ComboBoxCellEditor(table.getTable(), labels, SWT.READ_ONLY);
        }

        @Override
        protected Object getValue(Object row) {
            IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) row;
            if (choices.isEmpty()) {
                return edits().text(element, descriptor);
            }
            return Math.max(0, choices.indexOf(element.eGet(edits().feature(element, descriptor))));
        }

        @Override
        protected void setValue(Object row, Object value) {
            IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) row;
            String name = edits().feature(element, descriptor).getName();
            if (value instanceof Integer index) {
                if (index >= 0 && index < choices.size()) {
                    String refused = edits().set(element, edits().feature(element, descriptor), choices.get(index));
                    status.setText(refused == null ? "" : refused);
                }
            } else {
                edit(name, String.valueOf(value));
            }
        }
    }
}
