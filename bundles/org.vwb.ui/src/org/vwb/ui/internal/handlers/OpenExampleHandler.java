package org.vwb.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.vwb.ui.internal.session.Session;

/** File > Open Example: the open dialog in the bundled examples folder. */
public final class OpenExampleHandler {

    @Execute
    public void open(Shell shell, Session session) {
        new OpenHandler().open(shell, session, "examples");
    }
}
