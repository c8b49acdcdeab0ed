package org.vwb.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vwb.model.validation.Finding;
import org.vwb.ui.internal.handlers.Unsaved;
import org.vwb.ui.internal.session.Document;
import org.vwb.ui.internal.session.Session;

/**
 * The configuration editor: the open document's tree (scenarios, configurations, host, hypervisor, partitions,
 * VMs, devices, workloads) with its problems marked, and below it every problem in words: why the file could
 * not be opened, the import's warnings, the validator's findings. The part's dirty flag follows the command
 * stack; {@link Persist} saves through {@link Saving}.
 */
public final class ConfigurationEditorPart {

    private final Session session;
    private final MPart part;
    private TreeViewer tree;
    private Table problems;
    private final List<EObject> problemElements = new ArrayList<>();
    private final Session.Listener listener = new Session.Listener() {
        @Override
        public void documentChanged(Document document) {
            show(document);
        }

        @Override
        public void modelChanged(Document document) {
            refresh(document);
        }
    };

    @Inject
    public ConfigurationEditorPart(Session session, MPart part) {
        this.session = session;
        this.part = part;
    }

    @PostConstruct
    public void create(Composite parent, MWindow window) {
        // closing the window with unsaved edits asks first, as File > Quit does
        window.getContext().set(IWindowCloseHandler.class, w -> Unsaved.mayLeave(parent.getShell(), session));
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        ColumnViewerToolTipSupport.enableFor(tree);
        tree.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof EObject element && session.selection().orElse(null) != element) {
                session.select(element);
            }
        });
        problems = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        problems.setHeaderVisible(true);
        new TableColumn(problems, SWT.NONE).setText("Severity");
        new TableColumn(problems, SWT.NONE).setText("Problem");
        problems.getColumn(0).setWidth(80);
        problems.getColumn(1).setWidth(900);
        problems.addListener(SWT.DefaultSelection, e -> {
            int index = problems.getSelectionIndex();
            if (index >= 0 && index < problemElements.size() && problemElements.get(index) != null) {
                reveal(problemElements.get(index));
            }
        });
        sash.setWeights(3, 1);
        session.addListener(listener);
        session.document().ifPresent(this::show);
    }

    public TreeViewer tree() {
        return tree;
    }

    /** Every line of the problems list: severity, then message. */
    public List<String> problemLines() {
        List<String> lines = new ArrayList<>();
        for (TableItem item : problems.getItems()) {
            lines.add(item.getText(0) + ": " + item.getText(1));
        }
        return lines;
    }

    /** Selects an element in the tree (and so in the session). */
    public void reveal(EObject element) {
        tree.setSelection(new StructuredSelection(element), true);
    }

    @Persist
    public void save(Shell shell) {
        session.document().ifPresent(document -> new Saving(shell).save(document, false));
        session.document().ifPresent(this::updateDirty);
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    private void show(Document document) {
        ItemLabelProvider labels = new ItemLabelProvider(document.adapters(), document::findingsOn);
        tree.setContentProvider(new ItemContentProvider(document.adapters()));
        tree.setLabelProvider(labels);
        tree.setInput(document.model().isPresent() ? new Object[] { document.model().get() } : new Object[0]);
        tree.expandToLevel(3);
        refresh(document);
    }

    private void refresh(Document document) {
        if (tree.getControl().isDisposed()) {
            return;
        }
        tree.refresh();
        problems.removeAll();
        problemElements.clear();
        document.loadProblems().forEach(p -> addProblem("error", p, null));
        document.importWarnings().forEach(w -> addProblem("import", w, null));
        for (Finding finding : document.findings()) {
            addProblem(finding.severity().name().toLowerCase(), finding.path() + ": " + finding.reason(),
                    finding.element());
        }
        updateDirty(document);
    }

    private void addProblem(String severity, String message, EObject element) {
        TableItem item = new TableItem(problems, SWT.NONE);
        item.setText(new String[] { severity, message });
        problemElements.add(element);
    }

    private void updateDirty(Document document) {
        MDirtyable dirtyable = part;
        dirtyable.setDirty(document.isDirty());
        part.setLabel("Configuration: " + document.title());
    }
}
