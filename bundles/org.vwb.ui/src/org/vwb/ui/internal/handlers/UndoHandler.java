package org.vwb.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.vwb.ui.internal.session.Session;

/** Edit > Undo and Edit > Redo (parameter {@link #REDO}) on the open document's EMF command stack. */
public final class UndoHandler {

    public static final String REDO = "org.vwb.ui.commandparameter.redo";

    @CanExecute
    public boolean can(Session session, @Optional @Named(REDO) String redo) {
        return session.document().map(d -> redo != null ? d.commandStack().canRedo() : d.commandStack().canUndo())
                .orElse(false);
    }

    @Execute
    public void run(Session session, @Optional @Named(REDO) String redo) {
        session.document().ifPresent(d -> {
            if (redo != null) {
                d.commandStack().redo();
            } else {
                d.commandStack().undo();
            }
        });
    }
}
