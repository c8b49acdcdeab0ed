package org.vwb.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.vwb.ui.internal.session.Session;

/** Edit > Redo. */
public final class RedoHandler {

    @CanExecute
    public boolean can(Session session) {
        return new UndoHandler().can(session, "redo");
    }

    @Execute
    public void run(Session session) {
        new UndoHandler().run(session, "redo");
    }
}
