package org.vwb.testing.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vwb.views.ui.View;
import org.vwb.views.ui.ViewContext;
import org.vwb.views.ui.ViewContribution;

/**
 * What every {@link ViewContribution} must do for the workbench to list, open, update and close it: subclass it
 * with your contribution (and, better, a context it has something to show for). The test methods are final: a
 * plugin passes the contract as vwb states it. Needs a display (Xvfb on a server).
 */
public abstract class ViewContributionContractTest {

    private Display display;
    private Shell shell;

    /** The contribution under test. */
    protected abstract ViewContribution contribution();

    /** A context the view has something to show for; by default nothing is open. */
    protected ViewContext context() {
        return StandInContext.empty();
    }

    @BeforeEach
    final void openShell() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(800, 600);
    }

    @AfterEach
    final void closeShell() {
        shell.dispose();
    }

    @Test
    final void itsIdIsADottedNameAndItsLabelFitsATab() {
        String id = contribution().id();
        assertTrue(id != null && id.matches("[A-Za-z_][\\w-]*(\\.[\\w-]+)+"), "id " + id + " is a dotted name like "
                + "org.example.plugin.view");
        String label = contribution().label();
        assertTrue(label != null && !label.isBlank() && label.length() <= 40, "label '" + label + "' names the view in"
                + " a menu and on a tab: 1 to 40 characters");
        assertEquals(label.strip(), label, "no spaces around the label");
    }

    @Test
    final void itsIconIfAnyIsAnImageInItsBundle() throws Exception {
        String icon = contribution().icon().orElse(null);
        if (icon == null) {
            return;
        }
        Bundle bundle = FrameworkUtil.getBundle(contribution().getClass());
        assertNotNull(bundle, "the contribution is loaded from a bundle");
        URL entry = bundle.getEntry(icon);
        assertNotNull(entry, "icon " + icon + " is a file in " + bundle.getSymbolicName());
        try (InputStream in = entry.openStream()) {
            Image image = new Image(display, in);
            image.dispose();
        }
    }

    @Test
    final void itShowsSomethingEvenWithNothingOpen() {
        Composite parent = new Composite(shell, SWT.NONE);
        View view = contribution().create(parent, StandInContext.empty());
        assertNotNull(view, "create returns the view");
        assertTrue(parent.getChildren().length > 0, "the view says something, if only why it is empty");
        shell.layout(true, true);
        view.dispose();
    }

    @Test
    final void itFollowsTheContextAsItChanges() {
        Composite parent = new Composite(shell, SWT.NONE);
        View view = contribution().create(parent, StandInContext.empty());
        shell.open();
        assertDoesNotThrow(() -> view.contextChanged(context()), "shows the subclass's context");
        flush();
        assertDoesNotThrow(() -> view.contextChanged(StandInContext.empty()), "and nothing again");
        flush();
        assertTrue(parent.getChildren().length > 0, "still says something");
        view.dispose();
    }

    @Test
    final void closingItLeavesNoWindowAndNoControlBehind() {
        int shells = display.getShells().length;
        Composite parent = new Composite(shell, SWT.NONE);
        View view = contribution().create(parent, context());
        view.contextChanged(context());
        flush();
        view.dispose();
        parent.dispose();
        flush();
        assertEquals(shells, display.getShells().length, "no window of the view stays open");
        assertFalse(shell.isDisposed());
        assertEquals(0, shell.getChildren().length, "its controls were inside the parent given");
    }

    private void flush() {
        while (display.readAndDispatch()) {
            // let the view's posted work run
        }
    }
}
