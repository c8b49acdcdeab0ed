package org.vwb.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.vwb.ui.internal.session.Session;

/** File > Quit: asks about unsaved edits first. */
public final class QuitHandler {

    @Execute
    public void quit(IWorkbench workbench, Shell shell, Session session) {
        if (Unsaved.mayLeave(shell, session)) {
            workbench.close();
        }
    }
}
