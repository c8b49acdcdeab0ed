package org.vwb.ui.internal.handlers;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * The start-up benchmark's probe ({@code releng/benchmarks/ui-startup.sh}): with {@code -Dvwb.firstPaint}, the
 * first paint of anything in a visible window prints {@code first-paint EPOCH_MILLIS CPU_MILLIS} (the wall clock
 * the script reads too, so it can subtract its own start, and the CPU time the JVM has used, every thread, which a
 * loaded machine changes far less than wall time) and ends the JVM. The bare e4 application the script compares with is built with
 * this very class compiled in (its only dependency is SWT), so both are measured to the same event.
 */
public final class FirstPaint {

    private FirstPaint() {
    }

    /** Watches for the first paint when the property is set; call on the UI thread before the window opens. */
    public static void watchIf(Display display) {
        if (System.getProperty("vwb.firstPaint") == null) {
            return;
        }
        Listener[] once = new Listener[1];
        once[0] = event -> {
            if (!(event.widget instanceof Control control) || !control.getShell().isVisible()) {
                return;
            }
            long at = System.currentTimeMillis();
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            display.removeFilter(SWT.Paint, once[0]);
            System.out.println("first-paint " + at + " " + cpu);
            System.out.flush();
            // a benchmark run ends here: what follows the first paint is not measured
            Runtime.getRuntime().halt(0);
        };
        display.addFilter(SWT.Paint, once[0]);
    }
}
