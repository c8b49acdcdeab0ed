package org.vwb.charts.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * What line and bar charts share: title, value axis with its unit and grid, legend, double-buffered painting and
 * a tooltip that follows the mouse. Every text is laid out first ({@link #texts()}): the unit in the top row
 * beside the title, never on the tick labels; texts too long for their room are cut with an ellipsis. Subclasses
 * draw the data and the x axis's texts and say what lies under the mouse.
 */
abstract class ChartCanvas extends Canvas {

    static final int LEFT = 64;
    static final int RIGHT = 16;
    static final int SWATCH = 14;

    private String title = "";
    private String yUnit = "";
    private boolean logarithmic;
    private int lineHeight;
    protected List<Series> series = List.of();

    ChartCanvas(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
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

    public void setSeries(List<Series> series) {
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
     * half the top tick label), above two rows for the x axis's labels and its unit.
     */
    public PlotArea plotArea() {
        Point size = getSize();
        int line = lineHeight();
        return PlotArea.inside(size.x, size.y, LEFT, 4 + line + 4 + line / 2, RIGHT, line / 2 + 3 + 2 * line + 2);
    }

    /** Where row {@code row} (0: tick labels, 1: the unit) of the x axis's texts starts. */
    protected int xAxisRow(PlotArea area, int row) {
        int line = lineHeight();
        // below the value axis's lowest tick label, which hangs half a line under the plot
        return area.bottom() + line / 2 + 3 + row * line;
    }

    /** Every text drawn around the data at the current size, laid out as the next paint draws it. */
    public List<ChartText> texts() {
        GC gc = new GC(this);
        try {
            return layout(gc);
        } finally {
            gc.dispose();
        }
    }

    /** What the tooltip says at a canvas point, or null when nothing is there. */
    public abstract String tooltipAt(int x, int y);

    protected abstract void paintData(GC gc, PlotArea area, Scale scale);

    /** The texts of the x axis (tick labels and unit, or category names), below the plot area. */
    protected abstract List<ChartText> xAxisTexts(GC gc, PlotArea area);

    /** A text of one line at {@code (x, y)}, measured with {@code gc}. */
    protected static ChartText text(GC gc, String text, int x, int y) {
        Point extent = gc.textExtent(text);
        return ChartText.at(text, x, y, extent.x, extent.y);
    }

    /** A tick label centred on {@code x} but kept inside the canvas. */
    protected ChartText centred(GC gc, String text, int x, int y) {
        int width = gc.textExtent(text).x;
        return text(gc, text, Math.max(0, Math.min(x - width / 2, getSize().x - width - 1)), y).asMuted();
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

    private List<ChartText> layout(GC gc) {
        PlotArea area = plotArea();
        Scale scale = valueScale();
        int width = getSize().x;
        List<ChartText> texts = new ArrayList<>();
        // the unit sits in the first row, above the axis it belongs to; the title follows it in that row
        int titleX = LEFT;
        if (!yUnit.isEmpty()) {
            texts.add(text(gc, LabelRows.fit(yUnit, t -> gc.textExtent(t).x, width - 8), 4, 4));
            titleX = Math.max(LEFT, 4 + gc.textExtent(yUnit).x + 12);
        }
        String heading = title + (scale.isLogarithmic() ? "  (log scale)" : "");
        if (!heading.isEmpty() && titleX < width - RIGHT) {
            texts.add(text(gc, LabelRows.fit(heading, t -> gc.textExtent(t).x, width - RIGHT - titleX), titleX, 4));
        }
        int half = gc.getFontMetrics().getHeight() / 2;
        for (double tick : scale.ticks()) {
            String label = Units.compact(tick);
            texts.add(text(gc, label, area.left() - gc.textExtent(label).x - 6, area.y(scale, tick) - half).asMuted());
        }
        texts.addAll(legend(gc, area));
        texts.addAll(xAxisTexts(gc, area));
        return texts;
    }

    /**
     * One entry per series in the plot's top right corner, in as many columns as the plot's height needs (filled
     * one after the other, left to right), each entry cut to its column's width.
     */
    private List<ChartText> legend(GC gc, PlotArea area) {
        int step = gc.getFontMetrics().getHeight() + 2;
        int perColumn = Math.max(1, (area.height() - 8) / step);
        int columns = (series.size() + perColumn - 1) / perColumn;
        int widest = series.stream().mapToInt(s -> gc.textExtent(s.name()).x).max().orElse(0);
        int columnWidth = Math.min(widest, Math.max(1, area.width() / 2 / Math.max(1, columns) - SWATCH - 8));
        List<ChartText> entries = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            int column = i / perColumn;
            int x = area.right() - 8 - columnWidth - (columns - 1 - column) * (columnWidth + SWATCH + 8);
            int y = area.top() + 4 + (i % perColumn) * step;
            String name = LabelRows.fit(series.get(i).name(), t -> gc.textExtent(t).x, columnWidth);
            ChartText entry = text(gc, name, x, y);
            entries.add(new ChartText(entry.text(), entry.bounds(), false, Palette.colour(i)));
        }
        return entries;
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        PlotArea area = plotArea();
        Scale scale = valueScale();
        paintGrid(gc, area, scale);
        paintData(gc, area, scale);
        for (ChartText text : layout(gc)) {
            if (text.swatch() != null) {
                Color colour = colour(text.swatch());
                try {
                    gc.setBackground(colour);
                    gc.fillRectangle(text.bounds().x - SWATCH, text.bounds().y + 4, 10, 10);
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
}
