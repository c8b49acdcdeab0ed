package org.vwb.ui.internal.contributions;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.vwb.core.LiveRun;
import org.vwb.core.PreparedConfiguration;
import org.vwb.model.Configuration;
import org.vwb.model.VirtualDevice;
import org.vwb.ui.internal.session.Session;
import org.vwb.views.ui.ViewContext;

/**
 * A contributed view's {@link ViewContext}: the session's selection, configuration and live run, and the
 * configuration prepared by the core once per change (not once per call: several views may ask).
 */
final class SessionViewContext implements ViewContext {

    private final Session session;
    private Optional<PreparedConfiguration> prepared;

    SessionViewContext(Session session) {
        this.session = session;
    }

    /** The session changed: the next {@link #prepared()} prepares the configuration again. */
    void changed() {
        prepared = null;
    }

    @Override
    public Optional<EObject> selection() {
        return session.selection();
    }

    @Override
    public Optional<Configuration> configuration() {
        return session.configuration();
    }

    @Override
    public Optional<VirtualDevice> device() {
        return session.device();
    }

    @Override
    public Optional<PreparedConfiguration> prepared() {
        if (prepared == null) {
            prepared = configuration().map(c -> session.services().simulator().prepare(c));
        }
        return prepared;
    }

    @Override
    public Optional<LiveRun> liveRun() {
        return session.liveRun();
    }
}
