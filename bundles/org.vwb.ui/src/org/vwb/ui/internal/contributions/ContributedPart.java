package org.vwb.ui.internal.contributions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vwb.core.LiveRun;
import org.vwb.ui.internal.session.Document;
import org.vwb.ui.internal.session.Session;
import org.vwb.views.ui.View;
import org.vwb.views.ui.ViewContribution;

/**
 * The e4 part that hosts one contributed view: creates it with the session's context, tells it of every change of
 * the session, disposes it when the part closes. A plugin's view that throws is named in one line in the part
 * (and on stderr) instead of breaking the window.
 */
public final class ContributedPart {

    private final Session session;
    private final ViewContributions views;
    private final SessionViewContext context;
    private final Session.Listener listener;
    private String id;
    private View view;

    @Inject
    public ContributedPart(Session session, ViewContributions views) {
        this.session = session;
        this.views = views;
        this.context = new SessionViewContext(session);
        this.listener = new Session.Listener() {
            @Override
            public void documentChanged(Document document) {
                changed();
            }

            @Override
            public void selectionChanged(EObject element) {
                changed();
            }

            @Override
            public void modelChanged(Document document) {
                changed();
            }

            @Override
            public void liveRunChanged(LiveRun run) {
                changed();
            }
        };
    }

    @PostConstruct
    public void create(Composite parent, MPart part) {
        id = part.getPersistedState().get(ViewContributions.VIEW_ID);
        ViewContribution contribution = views.contribution(id).orElse(null);
        if (contribution == null) {
            fail(parent, "error: view " + id + ": no installed plugin contributes it (any more)");
            return;
        }
        try {
            view = contribution.create(parent, context);
        } catch (RuntimeException e) {
            for (var child : parent.getChildren()) {
                child.dispose();
            }
            fail(parent, "error: view " + id + " of " + views.bundleOf(id) + " failed to open: " + e);
            return;
        }
        session.addListener(listener);
    }

    /** The contributed view shown, or null when it could not be created. */
    public View view() {
        return view;
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
        if (view != null) {
            try {
                view.dispose();
            } catch (RuntimeException e) {
                System.err.println("error: view " + id + " of " + views.bundleOf(id) + " failed to close: " + e);
            }
            view = null;
        }
    }

    private void changed() {
        context.changed();
        try {
            view.contextChanged(context);
        } catch (RuntimeException e) {
            System.err.println("error: view " + id + " of " + views.bundleOf(id) + " failed to update: " + e);
        }
    }

    private static void fail(Composite parent, String message) {
        System.err.println(message);
        parent.setLayout(new FillLayout());
        new Label(parent, SWT.WRAP).setText(message);
        parent.layout();
    }
}
