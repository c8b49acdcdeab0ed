package org.vwb.views.ui;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One opened instance of a {@link ViewContribution}, from {@link ViewContribution#create} until the user closes
 * it or its plugin leaves. All calls come on the UI thread.
 *
 * @since 1.0
 */
@ConsumerType
public interface View {

    /**
     * What the view is shown for changed: another element was selected, the document was edited or replaced, a
     * live run started or stopped. The view should show {@code context} now; a long computation belongs on a
     * background thread, its result posted back with {@code Display.asyncExec}.
     */
    default void contextChanged(ViewContext context) {
    }

    /**
     * The view closes: release what is not a control (threads, listeners, images). Its controls are disposed by
     * the workbench right after.
     */
    default void dispose() {
    }
}
