package org.vwb.ui.internal.views;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.vwb.core.PluginInfo;
import org.vwb.ui.internal.session.Session;

/**
 * Every installed plugin, as {@code vwb plugins} lists them: device models, driver placements, vendor
 * profiles, cost models, importers and report writers, with the bundle and version that provide each.
 */
public final class PluginsPart {

    private final Session session;
    private TableViewer table;

    @Inject
    public PluginsPart(Session session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Widgets.button(parent, "Refresh", this::refresh);
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        Widgets.column(table, "Type", 130, PluginInfo.class, PluginInfo::type);
        Widgets.column(table, "Id", 200, PluginInfo.class, PluginInfo::id);
        Widgets.column(table, "Description", 330, PluginInfo.class, PluginInfo::description);
        Widgets.column(table, "Bundle", 200, PluginInfo.class, PluginInfo::bundle);
        Widgets.column(table, "Version", 160, PluginInfo.class, PluginInfo::version);
        refresh();
    }

    public TableViewer table() {
        return table;
    }

    private void refresh() {
        List<PluginInfo> plugins = session.services().plugins().stream()
                .sorted(Comparator.comparing(PluginInfo::type).thenComparing(PluginInfo::id)).toList();
        table.setInput(plugins);
    }
}
