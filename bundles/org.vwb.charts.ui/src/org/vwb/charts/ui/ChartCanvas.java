package org.vwb.charts.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * What line and bar charts share: title, value axis with its unit and grid, legend, double-buffered painting and
 * a tooltip that follows the mouse. Every text is laid out first ({@link #texts()}): the unit in the top row
 * beside the title, never on the tick labels; the legend in rows below the x axis, outside the plot; texts too
 * long for their room are cut with an ellipsis. Painting is cheap enough for a live chart: text extents are
 * measured once, data lines are drawn without antialiasing (text keeps it), data equal to what is shown causes no
 * redraw, and everything is drawn straight onto the canvas. No off-screen image is kept to copy from: SWT 3.132's
 * {@code GC.drawImage} on GTK reads the whole image back into an {@code ImageData} on every call (to learn its
 * size), which cost far more than drawing the few texts again and was what kept the UI thread from its events
 * during a live run (docs/benchmarks.md).
 * Subclasses draw the data and the x axis's texts and say what lies under the mouse.
 */
abstract class ChartCanvas extends Canvas {

    static final int LEFT = 64;
    static final int RIGHT = 16;
    /** Extents kept at most; a long live run labels many different ticks. */
    private static final int EXTENTS_KEPT = 512;

    private String title = "";
    private String yUnit = "";
    private boolean logarithmic;
    private int lineHeight;
    private final Map<String, Point> extents = new HashMap<>();
    protected List<Series> series = List.of();

    ChartCanvas(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseMove, e -> {
            String tip = tooltipAt(e.x, e.y);
            if (!java.util.Objects.equals(tip, getToolTipText())) {
                setToolTipText(tip);
            }
        });
    }

    public void setTitle(String title) {
        this.title = title;
        redraw();
    }

    /** Unit of the value axis, e.g. {@code req/s}, shown above the axis and in tooltips. */
    public void setValueUnit(String unit) {
        this.yUnit = unit;
        redraw();
    }

    public String valueUnit() {
        return yUnit;
    }

    /** Logarithmic value axis; refused (stays linear) while any value is zero or below. */
    public void setLogarithmic(boolean logarithmic) {
        this.logarithmic = logarithmic;
        redraw();
    }

    /** Shows {@code series}; the same names and values as shown already cause no redraw. */
    public void setSeries(List<Series> series) {
        if (sameData(this.series, series)) {
            return;
        }
        this.series = List.copyOf(series);
        redraw();
    }

    public List<Series> series() {
        return series;
    }

    @Override
    public void setFont(Font font) {
        super.setFont(font);
        lineHeight = 0;
        extents.clear();
    }

    /** The value scale for the current data; linear when a log scale would have to hide values at or below zero. */
    public Scale valueScale() {
        double low = series.stream().mapToDouble(Series::minY).min().orElse(0);
        double high = series.stream().mapToDouble(Series::maxY).max().orElse(1);
        if (logarithmic && low > 0) {
            return Scale.logarithmic(low, high);
        }
        return Scale.linear(low, high);
    }

    /**
     * The plot rectangle for the canvas's current size: below a row for the unit and the title (with room for
     * half the top tick label), above the x axis's rows of text and the legend's rows.
     */
    public PlotArea plotArea() {
        Point size = getSize();
        int line = lineHeight();
        int legendRows = Legend.rows(names(), t -> extent(t).x, size.x);
        int legend = legendRows == 0 ? 0 : 4 + legendRows * (line + 2);
        return PlotArea.inside(size.x, size.y, LEFT, 4 + line + 4 + line / 2, RIGHT,
                line / 2 + 3 + xAxisRows() * line + 2 + legend);
    }

    /** The legend's entries with their swatches, in canvas pixels: all below the plot area. */
    public List<Rectangle> legendBounds() {
        return texts().stream().filter(t -> t.swatch() != null).map(t -> new Rectangle(t.bounds().x - Legend.SWATCH,
                t.bounds().y, t.bounds().width + Legend.SWATCH, t.bounds().height)).toList();
    }

    /** Every text drawn around the data at the current size, laid out as the next paint draws it. */
    public List<ChartText> texts() {
        return layout(plotArea(), valueScale());
    }

    /** What the tooltip says at a canvas point, or null when nothing is there. */
    public abstract String tooltipAt(int x, int y);

    /** Draws the data; called with antialiasing off for lines and shapes (on for text). */
    protected abstract void paintData(GC gc, PlotArea area, Scale scale);

    /** The texts of the x axis (tick labels and unit, or category names), below the plot area. */
    protected abstract List<ChartText> xAxisTexts(PlotArea area);

    /** Rows of text the x axis takes under the plot. */
    protected abstract int xAxisRows();

    /** Where row {@code row} (0: tick labels, 1: the unit, then the legend) of the texts below the plot starts. */
    protected int xAxisRow(PlotArea area, int row) {
        int line = lineHeight();
        // below the value axis's lowest tick label, which hangs half a line under the plot
        return area.bottom() + line / 2 + 3 + row * line;
    }

    /** A text's size in the canvas's font, measured once. */
    protected Point extent(String text) {
        Point known = extents.get(text);
        if (known == null) {
            if (extents.size() > EXTENTS_KEPT) {
                extents.clear();
            }
            GC gc = new GC(this);
            try {
                known = gc.textExtent(text);
            } finally {
                gc.dispose();
            }
            extents.put(text, known);
        }
        return known;
    }

    /** A text of one line at {@code (x, y)}. */
    protected ChartText text(String text, int x, int y) {
        Point extent = extent(text);
        return ChartText.at(text, x, y, extent.x, extent.y);
    }

    /** A tick label centred on {@code x} but kept inside the canvas. */
    protected ChartText centred(String text, int x, int y) {
        int width = extent(text).x;
        return text(text, Math.max(0, Math.min(x - width / 2, getSize().x - width - 1)), y).asMuted();
    }

    /** {@code text} cut with an ellipsis to at most {@code width} pixels. */
    protected String fit(String text, int width) {
        return LabelRows.fit(text, t -> extent(t).x, width);
    }

    private int lineHeight() {
        if (lineHeight == 0) {
            GC gc = new GC(this);
            try {
                lineHeight = gc.getFontMetrics().getHeight();
            } finally {
                gc.dispose();
            }
        }
        return lineHeight;
    }

    private List<String> names() {
        return series.stream().map(Series::name).toList();
    }

    private List<ChartText> layout(PlotArea area, Scale scale) {
        int width = getSize().x;
        List<ChartText> texts = new ArrayList<>();
        // the unit sits in the first row, above the axis it belongs to; the title follows it in that row
        int titleX = LEFT;
        if (!yUnit.isEmpty()) {
            texts.add(text(fit(yUnit, width - 8), 4, 4));
            titleX = Math.max(LEFT, 4 + extent(yUnit).x + 12);
        }
        String heading = title + (scale.isLogarithmic() ? "  (log scale)" : "");
        if (!heading.isEmpty() && titleX < width - RIGHT) {
            texts.add(text(fit(heading, width - RIGHT - titleX), titleX, 4));
        }
        int half = lineHeight() / 2;
        int above = Integer.MAX_VALUE; // the top of the label below, going up the axis
        for (double tick : scale.ticks()) {
            String label = Units.compact(tick);
            int y = area.y(scale, tick) - half;
            // on a short plot the ticks come closer than a line: every other label is left out (not its grid line)
            if (y + lineHeight() <= above) {
                texts.add(text(label, area.left() - extent(label).x - 6, y).asMuted());
                above = y;
            }
        }
        texts.addAll(xAxisTexts(area));
        int top = xAxisRow(area, xAxisRows()) + 4;
        int step = lineHeight() + 2;
        List<Legend.Entry> entries = Legend.flow(names(), t -> extent(t).x, width);
        for (int i = 0; i < entries.size(); i++) {
            Legend.Entry entry = entries.get(i);
            ChartText text = text(entry.text(), entry.x(), top + entry.row() * step);
            texts.add(new ChartText(text.text(), text.bounds(), false, Palette.colour(i)));
        }
        return texts;
    }

    private void paint(GC gc) {
        PlotArea area = plotArea();
        Scale scale = valueScale();
        gc.setBackground(getBackground());
        gc.fillRectangle(0, 0, getSize().x, getSize().y);
        // data lines change on every paint of a live chart: without antialiasing they cost a fraction
        gc.setAntialias(SWT.OFF);
        gc.setTextAntialias(SWT.ON);
        gc.setFont(getFont());
        paintGrid(gc, area, scale);
        paintTexts(gc, layout(area, scale));
        paintData(gc, area, scale);
    }

    private void paintTexts(GC gc, List<ChartText> texts) {
        for (ChartText text : texts) {
            if (text.swatch() != null) {
                Color colour = colour(text.swatch());
                try {
                    gc.setBackground(colour);
                    gc.fillRectangle(text.bounds().x - Legend.SWATCH, text.bounds().y + 4, 10, 10);
                } finally {
                    colour.dispose();
                }
            }
            gc.setForeground(getDisplay().getSystemColor(text.muted() ? SWT.COLOR_DARK_GRAY : SWT.COLOR_BLACK));
            gc.drawText(text.text(), text.bounds().x, text.bounds().y, true);
        }
    }

    private void paintGrid(GC gc, PlotArea area, Scale scale) {
        Color grid = new Color(230, 230, 230);
        try {
            gc.setForeground(grid);
            for (double tick : scale.ticks()) {
                int y = area.y(scale, tick);
                gc.drawLine(area.left(), y, area.right(), y);
            }
        } finally {
            grid.dispose();
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawLine(area.left(), area.top(), area.left(), area.bottom());
        if (!scale.isLogarithmic()) {
            int zero = area.y(scale, 0);
            gc.setLineWidth(2);
            gc.drawLine(area.left(), zero, area.right(), zero);
            gc.setLineWidth(1);
        }
    }

    protected Color colour(RGB rgb) {
        return new Color(getDisplay(), rgb);
    }

    private static boolean sameData(List<Series> shown, List<Series> next) {
        if (shown.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < shown.size(); i++) {
            Series a = shown.get(i);
            Series b = next.get(i);
            if (!a.name().equals(b.name()) || !Arrays.equals(a.x(), b.x()) || !Arrays.equals(a.y(), b.y())) {
                return false;
            }
        }
        return true;
    }
}
