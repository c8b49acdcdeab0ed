package org.vwb.ui.internal.views;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.vwb.core.PluginInfo;
import org.vwb.plugins.InstalledPlugin;
import org.vwb.ui.internal.plugins.PluginChanges;
import org.vwb.ui.internal.plugins.PluginFolderWatch;
import org.vwb.ui.internal.session.Session;

/**
 * Every installed plugin, as {@code vwb plugins} lists them: device models, driver placements, vendor profiles,
 * cost models, importers and report writers, with the bundle and version that provide each; below, the plugins the
 * user installed (Install jar…, Install folder or p2 repository…, Uninstall: the same installer as
 * {@code vwb plugins install|uninstall}) or dropped into the installation's dropins folder, which the workbench
 * watches while it runs ({@link PluginFolderWatch}; the view shows each change it makes). Installing runs off the
 * UI thread: a plugin that hangs at activation cannot freeze the window.
 */
public final class PluginsPart {

    private final Session session;
    private final PluginChanges changes = new PluginChanges();
    private final PluginFolderWatch watch;
    private final Consumer<String> shown = this::done;
    private TableViewer table;
    private TableViewer installed;
    private Label status;

    @Inject
    public PluginsPart(Session session, PluginFolderWatch watch) {
        this.session = session;
        this.watch = watch;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new RowLayout());
        Widgets.button(buttons, "Refresh", this::refresh);
        Widgets.button(buttons, "Install jar…", () -> ask(new FileDialog(parent.getShell(), SWT.OPEN), true));
        Widgets.button(buttons, "Install folder or p2 repository…", () -> ask(new DirectoryDialog(parent
                .getShell()), false));
        Widgets.button(buttons, "Uninstall", this::uninstallSelected);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        // the description is the long text: last, where it takes the room the short columns leave
        Widgets.column(table, "Type", 130, PluginInfo.class, PluginInfo::type);
        Widgets.column(table, "Id", 200, PluginInfo.class, PluginInfo::id);
        Widgets.column(table, "Bundle", 200, PluginInfo.class, PluginInfo::bundle);
        Widgets.column(table, "Version", 160, PluginInfo.class, PluginInfo::version);
        Widgets.column(table, "Description", 330, PluginInfo.class, PluginInfo::description);
        Widgets.fullTextTooltips(table.getTable());
        installed = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        GridData low = new GridData(SWT.FILL, SWT.FILL, true, false);
        low.heightHint = 110;
        installed.getTable().setLayoutData(low);
        installed.getTable().setHeaderVisible(true);
        installed.setContentProvider(ArrayContentProvider.getInstance());
        Widgets.column(installed, "Installed plugin", 200, InstalledPlugin.class, InstalledPlugin::symbolicName);
        Widgets.column(installed, "Version", 90, InstalledPlugin.class, InstalledPlugin::version);
        Widgets.column(installed, "State", 160, InstalledPlugin.class, InstalledPlugin::state);
        Widgets.column(installed, "From", 330, InstalledPlugin.class, InstalledPlugin::source);
        Widgets.column(installed, "To remove", 260, InstalledPlugin.class, InstalledPlugin::howToRemove);
        Widgets.fullTextTooltips(installed.getTable());
        refresh();
        watch.onChange(shown);
    }

    @PreDestroy
    public void dispose() {
        watch.removeListener(shown);
    }

    public TableViewer table() {
        return table;
    }

    public TableViewer installed() {
        return installed;
    }

    /** The line the view shows about the last change: what was installed or uninstalled, or why not. */
    public String status() {
        return status.getText();
    }

    /** Installs a jar, folder or p2 repository off the UI thread; the view shows the outcome when it completes. */
    public CompletableFuture<String> install(String source) {
        return CompletableFuture.supplyAsync(() -> changes.install(source)).thenApply(this::done);
    }

    /** Uninstalls installed plugins by symbolic name off the UI thread, as {@link #install} does. */
    public CompletableFuture<String> uninstall(List<String> symbolicNames) {
        return CompletableFuture.supplyAsync(() -> changes.uninstall(symbolicNames)).thenApply(this::done);
    }

    private void ask(org.eclipse.swt.widgets.Dialog dialog, boolean jar) {
        String chosen;
        if (jar) {
            ((FileDialog) dialog).setFilterExtensions(new String[] { "*.jar" });
            chosen = ((FileDialog) dialog).open();
        } else {
            chosen = ((DirectoryDialog) dialog).open();
        }
        if (chosen != null) {
            status.setText("installing " + chosen + "…");
            install(chosen);
        }
    }

    private void uninstallSelected() {
        List<String> names = ((IStructuredSelection) installed.getSelection()).stream()
                .map(p -> ((InstalledPlugin) p).symbolicName()).toList();
        if (names.isEmpty()) {
            status.setText("select an installed plugin below first");
        } else {
            uninstall(names);
        }
    }

    /** Shows the outcome on the UI thread and lists the plugins again; returns the line for callers. */
    private String done(String line) {
        if (!status.isDisposed()) {
            status.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    status.setText(line);
                    refresh();
                }
            });
        }
        return line;
    }

    /** Lists the plugins again (the Refresh button). */
    public void refresh() {
        List<PluginInfo> plugins = session.services().plugins().stream()
                .sorted(Comparator.comparing(PluginInfo::type).thenComparing(PluginInfo::id)).toList();
        table.setInput(plugins);
        installed.setInput(changes.installed());
        Widgets.fitColumnsToContents(table.getTable(), Widgets.MINIMUM_COLUMN);
        Widgets.fitColumnsToContents(installed.getTable(), Widgets.MINIMUM_COLUMN);
        status.getParent().layout(true);
    }
}
