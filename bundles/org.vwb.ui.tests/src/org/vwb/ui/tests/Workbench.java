package org.vwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.vwb.ui.internal.contributions.ViewContributions;
import org.vwb.ui.internal.plugins.PluginFolderWatch;
import org.vwb.ui.internal.session.Document;
import org.vwb.ui.internal.session.Documents;
import org.vwb.ui.internal.session.Session;

/** The running workbench as the tests drive it: its session, its parts, and the UI event loop. */
final class Workbench {

    /** How long a background computation may take before a test gives up (a hang, not a speed check). */
    private static final long PATIENCE_MILLIS = 120_000;

    private final MApplication application;
    private final EPartService parts;
    private final Session session;

    Workbench() {
        assertNotNull(Display.getCurrent(), "the tests run on the workbench's UI thread");
        BundleContext context = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
        ServiceReference<IWorkbench> ref = context.getServiceReference(IWorkbench.class);
        assertNotNull(ref, "the e4 workbench is running");
        application = context.getService(ref).getApplication();
        parts = application.getChildren().get(0).getContext().get(EPartService.class);
        session = application.getContext().get(Session.class);
        assertNotNull(session, "the session add-on ran");
    }

    /** The views plugins contribute, as the workbench follows them. */
    ViewContributions views() {
        return application.getContext().get(ViewContributions.class);
    }

    /** The add-on that follows the plugin store and the dropins folder and reports the workbench's plugins. */
    PluginFolderWatch pluginWatch() {
        return application.getContext().get(PluginFolderWatch.class);
    }

    EPartService parts() {
        return parts;
    }

    /** A menu of the main menu bar. */
    MMenu menu(String id) {
        return application.getChildren().get(0).getMainMenu().getChildren().stream()
                .filter(m -> id.equals(m.getElementId())).map(MMenu.class::cast).findFirst().orElseThrow();
    }

    Session session() {
        return session;
    }

    Document open(Path file) {
        Document document = new Documents(session.services().importers()).open(file);
        session.setDocument(document);
        flush();
        return document;
    }

    @SuppressWarnings("unchecked")
    <T> T show(String partId, Class<T> type) {
        MPart part = parts.showPart(partId, EPartService.PartState.ACTIVATE);
        flush();
        return (T) part.getObject();
    }

    MPart part(String partId) {
        return parts.findPart(partId);
    }

    /** Runs the event loop until the condition holds; fails when it never does. */
    void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("gave up waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
        flush();
    }

    /** Runs the event loop for {@code millis} ms, e.g. for the dashboard to tick a few times. */
    void runFor(long millis) {
        boolean[] over = new boolean[1];
        Display.getCurrent().timerExec((int) millis, () -> over[0] = true);
        waitUntil(millis + " ms of events", () -> over[0]);
    }

    void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what is pending
        }
    }
}
