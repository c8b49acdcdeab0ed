package org.vwb.charts.ui.tests;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test on a real display (Xvfb in CI): a 600x400 shell that the chart under test fills, closed after each test.
 * Without a display these tests fail rather than pass silently.
 */
abstract class OnDisplay {

    protected Display display;
    protected Shell shell;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(600, 400);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }
}
