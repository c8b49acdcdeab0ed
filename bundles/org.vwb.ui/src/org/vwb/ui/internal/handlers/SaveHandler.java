package org.vwb.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.vwb.ui.internal.editor.Saving;
import org.vwb.ui.internal.session.Document;
import org.vwb.ui.internal.session.Session;

/** File > Save and File > Save As (parameter {@link #AS}): atomic; a failure keeps the edits and says why. */
public final class SaveHandler {

    public static final String AS = "org.vwb.ui.commandparameter.saveas";

    @CanExecute
    public boolean canSave(Session session) {
        return session.document().flatMap(Document::model).isPresent();
    }

    @Execute
    public void save(Shell shell, Session session, @Optional @Named(AS) String as) {
        session.document().ifPresent(document -> {
            new Saving(shell).save(document, as != null);
            session.documentSaved();
        });
    }
}
