package org.vwb.charts.ui;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * A text a chart draws around its data (title, axis unit, tick label, legend entry, category), where: charts lay
 * these out before painting, so tests can check that none overlaps another or leaves the canvas.
 *
 * @param text   what is drawn (possibly cut with an ellipsis, see {@link LabelRows#fit})
 * @param bounds where, in canvas pixels
 * @param muted  drawn grey (tick labels) rather than black
 * @param swatch the series colour drawn as a small square left of a legend entry, or null
 */
public record ChartText(String text, Rectangle bounds, boolean muted, RGB swatch) {

    static ChartText at(String text, int x, int y, int width, int height) {
        return new ChartText(text, new Rectangle(x, y, width, height), false, null);
    }

    ChartText asMuted() {
        return new ChartText(text, bounds, true, swatch);
    }
}
