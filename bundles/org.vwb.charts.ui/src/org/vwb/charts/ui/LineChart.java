package org.vwb.charts.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;

/**
 * Figures over time: one polyline per series on a time axis with its unit, and markers (e.g. hot-swaps) drawn
 * as vertical lines coloured by outcome. The tooltip names the nearest point, or the marker under the mouse.
 */
public final class LineChart extends ChartCanvas {

    private static final int HIT_PIXELS = 6;

    private String xUnit = "s";
    private List<Marker> markers = List.of();

    public LineChart(Composite parent, int style) {
        super(parent, style);
    }

    public void setTimeUnit(String unit) {
        this.xUnit = unit;
        redraw();
    }

    /** Shows {@code markers}; the same markers as shown already cause no redraw. */
    public void setMarkers(List<Marker> markers) {
        if (this.markers.equals(markers)) {
            return;
        }
        this.markers = List.copyOf(markers);
        redraw();
    }

    public List<Marker> markers() {
        return markers;
    }

    /** The time axis: the data's x range (not forced to zero: time has no baseline to honour). */
    public Scale timeScale() {
        double low = series.stream().mapToDouble(Series::minX).min().orElse(0);
        double high = series.stream().mapToDouble(Series::maxX).max().orElse(1);
        for (Marker m : markers) {
            low = Math.min(low, m.x());
            high = Math.max(high, m.x());
        }
        return Scale.linear(low, Math.max(high, low + 1e-9));
    }

    @Override
    public String tooltipAt(int px, int py) {
        PlotArea area = plotArea();
        if (!area.contains(px, py)) {
            return null;
        }
        Scale xs = timeScale();
        for (Marker marker : markers) {
            if (Math.abs(area.x(xs, marker.x()) - px) <= HIT_PIXELS / 2) {
                return marker.label();
            }
        }
        Scale ys = valueScale();
        String best = null;
        double bestDistance = HIT_PIXELS * HIT_PIXELS * 4;
        for (Series s : series) {
            for (int i = 0; i < s.size(); i++) {
                double dx = area.x(xs, s.x()[i]) - px;
                double dy = area.y(ys, s.y()[i]) - py;
                double distance = dx * dx + dy * dy;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = String.format(Locale.ROOT, "%s at %s: %s", s.name(), Units.withUnit(s.x()[i], xUnit),
                            Units.withUnit(s.y()[i], valueUnit()));
                }
            }
        }
        return best;
    }

    /**
     * The pixels series {@code index} is drawn through at the current size ({@code x0, y0, x1, y1, ...}): one
     * point per data point, except that a point on the same pixel as the one before it is drawn once.
     */
    public int[] polyline(int index) {
        return polyline(series.get(index), plotArea(), timeScale(), valueScale());
    }

    @Override
    protected List<ChartText> xAxisTexts(PlotArea area) {
        Scale xs = timeScale();
        List<ChartText> texts = new ArrayList<>();
        for (double tick : xs.ticks()) {
            texts.add(centred(Units.compact(tick), area.x(xs, tick), xAxisRow(area, 0)));
        }
        texts.add(text(xUnit, area.right() - extent(xUnit).x, xAxisRow(area, 1)).asMuted());
        return texts;
    }

    @Override
    protected int xAxisRows() {
        return 2;
    }

    @Override
    protected void paintData(GC gc, PlotArea area, Scale ys) {
        Scale xs = timeScale();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (double tick : xs.ticks()) {
            int x = area.x(xs, tick);
            gc.drawLine(x, area.bottom(), x, area.bottom() + 4);
        }
        gc.setLineWidth(2);
        for (int i = 0; i < series.size(); i++) {
            int[] points = polyline(series.get(i), area, xs, ys);
            Color colour = colour(Palette.colour(i));
            try {
                gc.setForeground(colour);
                gc.drawPolyline(points);
            } finally {
                colour.dispose();
            }
        }
        gc.setLineWidth(1);
        for (Marker marker : markers) {
            int x = area.x(xs, marker.x());
            Color colour = colour(marker.good() ? Palette.GOOD : Palette.BAD);
            try {
                gc.setForeground(colour);
                gc.setLineStyle(SWT.LINE_DASH);
                gc.drawLine(x, area.top(), x, area.bottom());
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.drawText(marker.good() ? "\u2713" : "\u2717", x + 2, area.top(), true);
            } finally {
                colour.dispose();
            }
        }
    }

    private static int[] polyline(Series s, PlotArea area, Scale xs, Scale ys) {
        int[] points = new int[s.size() * 2];
        int n = 0;
        for (int p = 0; p < s.size(); p++) {
            int x = area.x(xs, s.x()[p]);
            int y = area.y(ys, s.y()[p]);
            // hundreds of samples on a few hundred pixels: a point on the pixel before adds nothing to draw
            if (n == 0 || x != points[n - 2] || y != points[n - 1]) {
                points[n++] = x;
                points[n++] = y;
            }
        }
        return java.util.Arrays.copyOf(points, n);
    }
}
