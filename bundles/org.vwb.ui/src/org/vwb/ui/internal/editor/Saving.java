package org.vwb.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.vwb.ui.internal.session.Document;

/**
 * Save and Save As: an imported document (no .vwb file yet) asks where, as Save As does; a failed save leaves
 * the document dirty and says why in a dialog (the model bundle writes atomically, so the old file is intact).
 */
public final class Saving {

    private final Shell shell;

    public Saving(Shell shell) {
        this.shell = shell;
    }

    /** Returns whether the document was saved. */
    public boolean save(Document document, boolean askWhere) {
        Path target = document.file().orElse(null);
        if (askWhere || target == null) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.vwb" });
            dialog.setOverwrite(true);
            dialog.setFileName(document.title().replaceFirst(" \\(.*\\)$", "").replaceFirst("(\\.vwb)?$", ".vwb"));
            String chosen = dialog.open();
            if (chosen == null) {
                return false;
            }
            target = Path.of(chosen);
        }
        return saveTo(document, target);
    }

    /** Saves to a file, reporting a failure in a dialog; returns whether it worked. */
    public boolean saveTo(Document document, Path target) {
        try {
            document.saveAs(target);
            return true;
        } catch (IOException e) {
            MessageDialog.openError(shell, "Save failed", "error: " + target + ": " + reason(e)
                    + "\n\nYour edits are kept and still unsaved; the file on disk is unchanged.");
            return false;
        }
    }

    static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder does not exist";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
