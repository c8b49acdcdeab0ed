package org.vwb.charts.ui;

/**
 * The rectangle in which data is drawn, and the mapping between data and pixels: x grows to the right, y up
 * (SWT's y grows down, so the mapping flips it).
 *
 * @param left   pixel of the plot's left edge
 * @param top    pixel of its top edge
 * @param width  pixels
 * @param height pixels
 */
public record PlotArea(int left, int top, int width, int height) {

    /** The plot area inside a canvas of the given size, leaving margins for axis labels and the legend. */
    public static PlotArea inside(int canvasWidth, int canvasHeight, int leftMargin, int topMargin, int rightMargin,
            int bottomMargin) {
        return new PlotArea(leftMargin, topMargin, Math.max(1, canvasWidth - leftMargin - rightMargin),
                Math.max(1, canvasHeight - topMargin - bottomMargin));
    }

    public int x(Scale scale, double value) {
        return left + (int) Math.round(clamp(scale.fraction(value)) * width);
    }

    public int y(Scale scale, double value) {
        return top + height - (int) Math.round(clamp(scale.fraction(value)) * height);
    }

    public boolean contains(int px, int py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    public int bottom() {
        return top + height;
    }

    public int right() {
        return left + width;
    }

    private static double clamp(double fraction) {
        if (Double.isNaN(fraction)) {
            return 0;
        }
        // values off the scale sit on its edge instead of being drawn across the labels
        return Math.max(-0.02, Math.min(1.02, fraction));
    }
}
