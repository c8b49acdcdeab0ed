package org.vwb.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.vwb.ui.internal.session.Documents;
import org.vwb.ui.internal.session.Services;
import org.vwb.ui.internal.session.Session;

/**
 * Starts the vwb plugins, puts the window's {@link Session} into the application context, and opens the file
 * given as {@code -Dvwb.open=FILE} (what {@code ./vwb-workbench FILE} passes).
 */
public final class SessionAddon {

    private Session session;

    @PostConstruct
    public void start(IEclipseContext context) {
        FirstPaint.watchIf(Display.getCurrent());
        Services services = new Services();
        List<String> failures = services.activatePlugins();
        failures.forEach(System.err::println);
        session = new Session(services);
        context.set(Session.class, session);
        String file = System.getProperty("vwb.open");
        if (file != null && !file.isBlank()) {
            session.setDocument(new Documents(services.importers()).open(Path.of(file)));
        }
    }

    /**
     * With {@code -Dvwb.screenshots=DIR}, takes the documentation's screenshots once the window is up; with
     * {@code -Dvwb.responsiveness=SECONDS}, measures the UI thread's delays (releng/benchmarks).
     */
    @Inject
    @Optional
    public void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event,
            MApplication application) {
        String folder = System.getProperty("vwb.screenshots");
        if (folder != null && session.document().flatMap(d -> d.model()).isPresent()) {
            Display display = Display.getCurrent();
            display.timerExec(2000, () -> new Screenshots(display, Path.of(folder), application, session).start());
        }
        Long seconds = Long.getLong("vwb.responsiveness");
        if (seconds != null && session.document().flatMap(d -> d.model()).isPresent()) {
            Display display = Display.getCurrent();
            display.timerExec(2000, () -> new Responsiveness(display, application, session, seconds).start());
        }
    }
}
