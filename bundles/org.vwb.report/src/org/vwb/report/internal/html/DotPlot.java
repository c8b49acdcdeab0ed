package org.vwb.report.internal.html;

import static org.vwb.report.internal.html.Markup.coordinate;
import static org.vwb.report.internal.html.Markup.svgText;
import static org.vwb.report.internal.html.Markup.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * A dot plot on a logarithmic axis, one row per entry, for figures that span decades. Not bars: a bar on a log
 * axis starts at an arbitrary value (the decade the axis happens to begin at), so its length shows nothing (a 64x
 * ratio drew as 4.4x); a dot's position is the value's logarithm and nothing else. A row may hold several marks
 * (filled for the figure, hollow for a related one, named in the legend), each value written in the right column.
 */
final class DotPlot {

    /** One value in a row; {@code filled} false draws a ring. */
    record Mark(String name, double value, String colour, boolean filled) {
    }

    /** One entry's row. */
    record Row(String label, List<Mark> marks) {
    }

    private static final double LABEL_WIDTH = 170;
    private static final double PLOT_WIDTH = 380;
    private static final double VALUE_WIDTH = 170;
    private static final int LABEL_CHARS = 26;
    private static final double ROW = 24;
    private static final double TOP = 34;

    private final String title;
    private final DoubleFunction<String> format;

    DotPlot(String title, DoubleFunction<String> format) {
        this.title = title;
        this.format = format;
    }

    String svg(List<Row> rows) {
        List<Double> values = new ArrayList<>();
        rows.forEach(r -> r.marks().stream().map(Mark::value).filter(v -> v > 0 && Double.isFinite(v))
                .forEach(values::add));
        Scale scale = Scale.logarithmic(values.stream().mapToDouble(Double::doubleValue).min().orElse(1),
                values.stream().mapToDouble(Double::doubleValue).max().orElse(10));
        Map<String, Mark> legend = new LinkedHashMap<>();
        rows.forEach(r -> r.marks().forEach(m -> legend.putIfAbsent(m.name(), m)));
        double top = TOP + (legend.size() > 1 ? 16 * legend.size() : 0);
        double axis = top + rows.size() * ROW;
        StringBuilder svg = new StringBuilder(Markup.svgStart("chart dots", LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH,
                axis + 24, title));
        svg.append(Markup.svgLabel(0, 16, "start", "chart-title", title + " (log scale)", 110));
        if (legend.size() > 1) {
            int i = 0;
            for (Mark mark : legend.values()) {
                double y = TOP + 16 * i++;
                svg.append(dot("key", LABEL_WIDTH + 5, y - 4, new Mark(mark.name(), 0, "#555", mark.filled()), ""))
                        .append(Markup.svgLabel(LABEL_WIDTH + 14, y, "start", "legend", mark.name(), 90));
            }
        }
        for (double tick : scale.minorTicks()) {
            double x = LABEL_WIDTH + scale.position(tick) * PLOT_WIDTH;
            svg.append(line("grid minor", x, top - 4, x, axis));
        }
        for (double tick : scale.ticks()) {
            double x = LABEL_WIDTH + scale.position(tick) * PLOT_WIDTH;
            svg.append(line("grid", x, top - 4, x, axis)).append(svgText(x, axis + 14, "middle", "tick",
                    format.apply(tick)));
        }
        for (int i = 0; i < rows.size(); i++) {
            row(svg, rows.get(i), top + i * ROW + ROW / 2, scale);
        }
        return svg.append("</svg>").toString();
    }

    private void row(StringBuilder svg, Row row, double y, Scale scale) {
        svg.append(Markup.svgLabel(LABEL_WIDTH - 8, y + 4, "end", "label", row.label(), LABEL_CHARS));
        svg.append(line("guide", LABEL_WIDTH, y, LABEL_WIDTH + PLOT_WIDTH, y));
        List<String> shown = new ArrayList<>();
        for (Mark mark : row.marks()) {
            boolean known = mark.value() > 0 && Double.isFinite(mark.value());
            shown.add(known ? format.apply(mark.value()) : "\u2013");
            if (known) {
                svg.append(dot("dot", LABEL_WIDTH + scale.position(mark.value()) * PLOT_WIDTH, y, mark,
                        row.label() + ": " + mark.name() + " " + format.apply(mark.value())));
            }
        }
        svg.append(svgText(LABEL_WIDTH + PLOT_WIDTH + 8, y + 4, "start", "value", String.join(" \u00b7 ", shown)));
    }

    private static String dot(String cssClass, double x, double y, Mark mark, String tooltip) {
        return "<circle class=\"" + cssClass + "\" cx=\"" + coordinate(x) + "\" cy=\"" + coordinate(y) + "\" r=\"5\" fill=\""
                + (mark.filled() ? mark.colour() : "#fff") + "\" stroke=\"" + mark.colour() + "\" stroke-width=\"2\">"
                + (tooltip.isEmpty() ? "" : "<title>" + text(tooltip) + "</title>") + "</circle>";
    }

    private static String line(String cssClass, double x1, double y1, double x2, double y2) {
        return "<line class=\"" + cssClass + "\" x1=\"" + coordinate(x1) + "\" y1=\"" + coordinate(y1) + "\" x2=\""
                + coordinate(x2) + "\" y2=\"" + coordinate(y2) + "\"/>";
    }
}
