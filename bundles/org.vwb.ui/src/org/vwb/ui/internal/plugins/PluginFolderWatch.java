package org.vwb.ui.internal.plugins;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.vwb.core.PluginInfo;
import org.vwb.ui.internal.contributions.ViewContributions;
import org.vwb.ui.internal.session.Session;

/**
 * Keeps the running workbench in line with the plugin store and the installation's dropins folder, from the moment
 * the window is up to the end (an add-on, not the Plugins view, so a jar dropped in while the view is closed is
 * taken too). Every change goes through the same installer as the Plugins view ({@link PluginChanges}). Once at
 * start and whenever the workbench's plugins differ from the last report, it writes one line to standard output,
 * {@code vwb-workbench: plugins changed: views [...]; device models [...]}, read from the Views menu of the e4
 * model and from the simulator's catalogue, so a script (CI's smoke test) sees from outside what a user would see.
 */
public final class PluginFolderWatch {

    /** The start of every line the watch writes. */
    public static final String PREFIX = "vwb-workbench: ";
    /** How often the folders are compared with the framework: a dropped jar is taken within this time. */
    private static final long PERIOD_MILLIS = 1000;

    private final PluginChanges changes = new PluginChanges();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            PluginFolderWatch::daemon);
    private Display display;
    private ViewContributions views;
    private Session session;
    private String reported;

    @PostConstruct
    public void create(IEclipseContext context, ViewContributions views, Session session) {
        this.display = Display.getCurrent();
        this.views = views;
        this.session = session;
        context.set(PluginFolderWatch.class, this);
    }

    /** Starts watching once the window is up, so the first line names what the user sees. */
    @Inject
    @Optional
    public void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event) {
        timer.scheduleWithFixedDelay(this::tick, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    public void stop() {
        timer.shutdownNow();
    }

    /** Tells {@code listener} each change the dropins folder or another vwb made, in the installer's words. */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<String> listener) {
        listeners.remove(listener);
    }

    /** The last line written, {@code null} before the first (call on the UI thread). */
    public String reported() {
        return reported;
    }

    /**
     * One look at the folders. A scheduled task that throws is never run again, silently: one bad turn (a listener
     * whose view closed under it, an installer failing on a strange file) would end the watch for the rest of the
     * session, so a turn that fails is reported in one line and the next goes on.
     */
    private void tick() {
        try {
            changes.synchronize().ifPresent(line -> {
                System.out.println(PREFIX + "dropins: " + line);
                listeners.forEach(l -> l.accept(line));
            });
            List<String> models = deviceModels();
            if (!display.isDisposed()) {
                display.asyncExec(() -> report(models));
            }
        } catch (RuntimeException e) {
            System.err.println(PREFIX + "plugin watch: this look at the plugin folders failed, the next goes on: " + e);
        }
    }

    /** Writes the line when the Views menu or the catalogue differs from the last line (on the UI thread). */
    private void report(List<String> models) {
        String state = "views " + views.menuLabels().stream().filter(l -> !"-".equals(l)).toList()
                + "; device models " + models;
        String line = PREFIX + (reported == null ? "plugins at start: " : "plugins changed: ") + state;
        if (reported == null || !reported.endsWith(state)) {
            reported = line;
            System.out.println(line);
        }
    }

    /** The watch's thread: a daemon, so a workbench closing mid-check is not held up by it. */
    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "vwb workbench: plugin watch");
        thread.setDaemon(true);
        return thread;
    }

    private List<String> deviceModels() {
        try {
            return session.services().simulator().plugins().stream().filter(p -> "device model".equals(p.type()))
                    .map(PluginInfo::id).sorted().toList();
        } catch (IllegalStateException e) {
            return List.of(); // no simulator (org.vwb.core not started): no device model to name
        }
    }
}
