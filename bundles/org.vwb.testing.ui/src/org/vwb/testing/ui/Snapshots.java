package org.vwb.testing.ui;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** What a control shows, as pixels, for tests that check what was drawn (call on the UI thread). */
public final class Snapshots {

    private Snapshots() {
    }

    /** Runs the pending events (layout, paints) first, then prints the control into an image and returns its pixels. */
    public static ImageData of(Control control) {
        Display display = control.getDisplay();
        while (display.readAndDispatch()) {
            // let the control lay out and paint
        }
        Point size = control.getSize();
        Image image = new Image(display, Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            control.print(gc);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
