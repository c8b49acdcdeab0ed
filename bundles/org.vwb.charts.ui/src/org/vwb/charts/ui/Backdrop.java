package org.vwb.charts.ui;

import java.util.function.Consumer;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * What a chart draws around its data (background, grid, axes, every text), painted once into an off-screen image
 * and copied on each paint until it changes. A live chart is repainted several times a second while its scale and
 * labels stay the same for many paints; text is the costly part to render in software (antialiased glyphs on
 * Xvfb), so it is rendered only when the layout (the key) changes: a new size, a new tick, a new legend.
 */
final class Backdrop {

    private final Control owner;
    private Image image;
    private Object key;
    private int renders;

    Backdrop(Control owner) {
        this.owner = owner;
        owner.addListener(org.eclipse.swt.SWT.Dispose, e -> discard());
    }

    /**
     * The image for {@code key} ({@code width} x {@code height}), painted by {@code painter} when the key differs
     * from the last one's (keys are compared with {@code equals}).
     */
    Image image(Object key, int width, int height, Consumer<GC> painter) {
        if (image == null || !key.equals(this.key)) {
            discard();
            image = new Image(owner.getDisplay(), Math.max(1, width), Math.max(1, height));
            GC gc = new GC(image);
            try {
                painter.accept(gc);
            } finally {
                gc.dispose();
            }
            this.key = key;
            renders++;
        }
        return image;
    }

    /** How many times the backdrop was rendered since the chart was made (the rest of its paints copied it). */
    int renders() {
        return renders;
    }

    private void discard() {
        if (image != null) {
            image.dispose();
            image = null;
            key = null;
        }
    }
}
