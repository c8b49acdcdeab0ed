package org.vwb.charts.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * What line and bar charts share: title, value axis with its unit and grid, legend, double-buffered painting and
 * a tooltip that follows the mouse. Subclasses draw the data and say what lies under the mouse.
 */
abstract class ChartCanvas extends Canvas {

    static final int LEFT = 64;
    static final int TOP = 24;
    static final int RIGHT = 16;
    static final int BOTTOM = 40;

    private String title = "";
    private String yUnit = "";
    private boolean logarithmic;
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

    /** Unit of the value axis, e.g. {@code req/s}, shown beside the axis and in tooltips. */
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

    /** The value scale for the current data; linear when a log scale would have to hide values at or below zero. */
    public Scale valueScale() {
        double low = series.stream().mapToDouble(Series::minY).min().orElse(0);
        double high = series.stream().mapToDouble(Series::maxY).max().orElse(1);
        if (logarithmic && low > 0) {
            return Scale.logarithmic(low, high);
        }
        return Scale.linear(low, high);
    }

    /** The plot rectangle for the canvas's current size. */
    public PlotArea plotArea() {
        Point size = getSize();
        return PlotArea.inside(size.x, size.y, LEFT, TOP, RIGHT, BOTTOM);
    }

    /** What the tooltip says at a canvas point, or null when nothing is there. */
    public abstract String tooltipAt(int x, int y);

    protected abstract void paintData(GC gc, PlotArea area, Scale scale);

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        PlotArea area = plotArea();
        Scale scale = valueScale();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(title + (scale.isLogarithmic() ? "  (log scale)" : ""), LEFT, 4, true);
        paintValueAxis(gc, area, scale);
        paintData(gc, area, scale);
        paintLegend(gc, area);
    }

    private void paintValueAxis(GC gc, PlotArea area, Scale scale) {
        Color grid = new Color(230, 230, 230);
        try {
            for (double tick : scale.ticks()) {
                int y = area.y(scale, tick);
                gc.setForeground(grid);
                gc.drawLine(area.left(), y, area.right(), y);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                String label = Units.compact(tick);
                gc.drawText(label, area.left() - gc.textExtent(label).x - 6, y - gc.getFontMetrics().getHeight() / 2,
                        true);
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
        if (!yUnit.isEmpty()) {
            gc.drawText(yUnit, 4, area.top() - 2 - gc.getFontMetrics().getHeight() / 2 + 2, true);
        }
    }

    private void paintLegend(GC gc, PlotArea area) {
        int x = area.right();
        int y = area.top() + 4;
        List<String> names = new ArrayList<>();
        series.forEach(s -> names.add(s.name()));
        int width = names.stream().mapToInt(n -> gc.textExtent(n).x).max().orElse(0) + 22;
        for (int i = 0; i < names.size(); i++) {
            Color colour = colour(Palette.colour(i));
            try {
                gc.setBackground(colour);
                gc.fillRectangle(x - width, y + 4, 10, 10);
            } finally {
                colour.dispose();
            }
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(names.get(i), x - width + 14, y, true);
            y += gc.getFontMetrics().getHeight() + 2;
        }
    }

    protected Color colour(RGB rgb) {
        return new Color(getDisplay(), rgb);
    }
}
