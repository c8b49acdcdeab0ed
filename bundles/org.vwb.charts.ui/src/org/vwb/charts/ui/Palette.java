package org.vwb.charts.ui;

import org.eclipse.swt.graphics.RGB;

/**
 * Series colours: the Okabe-Ito palette, distinguishable with the common colour-vision deficiencies
 * (Okabe and Ito, "Color Universal Design", 2008).
 */
public final class Palette {

    private static final RGB[] COLOURS = { new RGB(0, 114, 178), new RGB(230, 159, 0), new RGB(0, 158, 115),
        new RGB(204, 121, 167), new RGB(86, 180, 233), new RGB(213, 94, 0), new RGB(240, 228, 66),
        new RGB(0, 0, 0) };

    /** Green for a good marker, vermilion for a bad one. */
    public static final RGB GOOD = new RGB(0, 158, 115);
    public static final RGB BAD = new RGB(213, 94, 0);

    private Palette() {
    }

    public static RGB colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }
}
