package org.vwb.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.vwb.ui.internal.session.Session;

/** File > Save As: asks where, then saves as {@link SaveHandler} does. */
public final class SaveAsHandler {

    @CanExecute
    public boolean canSave(Session session) {
        return new SaveHandler().canSave(session);
    }

    @Execute
    public void save(Shell shell, Session session) {
        new SaveHandler().save(shell, session, "as");
    }
}
