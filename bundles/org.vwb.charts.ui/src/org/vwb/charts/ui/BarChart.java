package org.vwb.charts.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

/**
 * Figures side by side: one group of bars per category (e.g. per configuration), one bar per series, drawn from
 * the zero baseline (or the log scale's lowest decade). The tooltip names category, series and value.
 */
public final class BarChart extends ChartCanvas {

    private List<String> categories = List.of();

    public BarChart(Composite parent, int style) {
        super(parent, style);
    }

    public void setCategories(List<String> categories) {
        this.categories = List.copyOf(categories);
        redraw();
    }

    public List<String> categories() {
        return categories;
    }

    /** The rectangle of one bar in the current plot area. */
    public Rectangle bar(int category, int seriesIndex) {
        PlotArea area = plotArea();
        Scale scale = valueScale();
        int groups = Math.max(1, categories.size());
        int groupWidth = area.width() / groups;
        int barWidth = Math.max(2, (groupWidth - 12) / Math.max(1, series.size()));
        int x = area.left() + category * groupWidth + 6 + seriesIndex * barWidth;
        double value = series.get(seriesIndex).y()[category];
        int base = scale.isLogarithmic() ? area.bottom() : area.y(scale, 0);
        int top = area.y(scale, value);
        return new Rectangle(x, Math.min(base, top), barWidth - 1, Math.abs(base - top));
    }

    @Override
    public String tooltipAt(int px, int py) {
        for (int c = 0; c < categories.size(); c++) {
            for (int s = 0; s < series.size(); s++) {
                if (c < series.get(s).size() && bar(c, s).contains(px, py)) {
                    return String.format(Locale.ROOT, "%s, %s: %s", categories.get(c), series.get(s).name(),
                            Units.withUnit(series.get(s).y()[c], valueUnit()));
                }
            }
        }
        return null;
    }

    /** Each category's name under its group, cut with an ellipsis where it is wider than the group. */
    @Override
    protected List<ChartText> xAxisTexts(PlotArea area) {
        int groups = Math.max(1, categories.size());
        int groupWidth = area.width() / groups;
        List<ChartText> texts = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            String label = fit(categories.get(c), Math.max(1, groupWidth - 6));
            texts.add(centred(label, area.left() + c * groupWidth + groupWidth / 2, xAxisRow(area, 0)));
        }
        return texts;
    }

    @Override
    protected int xAxisRows() {
        return 1;
    }

    @Override
    protected void paintData(GC gc, PlotArea area, Scale scale) {
        for (int s = 0; s < series.size(); s++) {
            Color colour = colour(Palette.colour(s));
            try {
                gc.setBackground(colour);
                for (int c = 0; c < categories.size() && c < series.get(s).size(); c++) {
                    Rectangle r = bar(c, s);
                    gc.fillRectangle(r);
                }
            } finally {
                colour.dispose();
            }
        }
    }
}
