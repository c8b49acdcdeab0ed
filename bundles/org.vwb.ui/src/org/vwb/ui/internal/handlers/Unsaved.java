package org.vwb.ui.internal.handlers;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vwb.ui.internal.editor.Saving;
import org.vwb.ui.internal.session.Document;
import org.vwb.ui.internal.session.Session;

/** Asks what to do with unsaved edits before they would be lost: save them, discard them, or cancel. */
public final class Unsaved {

    private Unsaved() {
    }

    /** Whether the current document may be replaced or closed now (saved, discarded or not dirty). */
    public static boolean mayLeave(Shell shell, Session session) {
        Document document = session.document().orElse(null);
        if (document == null || !document.isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, "Unsaved changes", null,
                document.title() + " has unsaved changes. Save them first?", MessageDialog.QUESTION,
                new String[] { "Save", "Discard", "Cancel" }, 0);
        return switch (dialog.open()) {
            case 0 -> {
                boolean saved = new Saving(shell).save(document, false);
                session.documentSaved();
                yield saved;
            }
            case 1 -> true;
            default -> false;
        };
    }
}
