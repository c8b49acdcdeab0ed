package org.vwb.report.internal.html;

import static org.vwb.report.internal.html.Markup.coordinate;
import static org.vwb.report.internal.html.Markup.svgText;
import static org.vwb.report.internal.html.Markup.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * A horizontal bar chart in SVG, one bar per entry (an element of class {@code bar}: a rect, or a group of
 * stacked segment rects), on a linear scale from zero: a bar's length is its value. Figures that span decades are
 * {@link DotPlot}s, because a bar on a log axis starts at an arbitrary value.
 */
final class BarChart {

    /** One part of a bar. */
    record Segment(String name, double value, String colour) {
    }

    /** One entry's bar, made of one segment or several stacked. */
    record Bar(String label, List<Segment> segments) {
        double total() {
            return segments.stream().mapToDouble(Segment::value).filter(v -> v > 0).sum();
        }
    }

    private static final double LABEL_WIDTH = 180;
    private static final double PLOT_WIDTH = 440;
    private static final double VALUE_WIDTH = 90;
    private static final double BAR_HEIGHT = 20;
    private static final double ROW = 28;
    private static final double TOP = 34;

    private final String title;
    private final DoubleFunction<String> format;

    BarChart(String title, DoubleFunction<String> format) {
        this.title = title;
        this.format = format;
    }

    String svg(List<Bar> bars) {
        // a stacked chart's legend takes a line of its own under the title, so long titles never run into it
        double top = TOP + (bars.stream().anyMatch(b -> b.segments().size() > 1) ? 16 : 0);
        double height = top + bars.size() * ROW + 24;
        Scale scale = Scale.linear(bars);
        StringBuilder svg = new StringBuilder(Markup.svgStart("chart", LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH,
                height, title));
        svg.append(svgText(0, 16, "start", "chart-title", title));
        legend(svg, bars);
        double axis = top + bars.size() * ROW;
        for (double tick : scale.ticks()) {
            double x = LABEL_WIDTH + scale.position(tick) * PLOT_WIDTH;
            svg.append("<line class=\"grid\" x1=\"").append(coordinate(x)).append("\" y1=\"").append(coordinate(top - 4))
                    .append("\" x2=\"").append(coordinate(x)).append("\" y2=\"").append(coordinate(axis))
                    .append("\"/>").append(svgText(x, axis + 14, "middle", "tick", format.apply(tick)));
        }
        for (int i = 0; i < bars.size(); i++) {
            bar(svg, bars.get(i), top + i * ROW, scale);
        }
        return svg.append("</svg>").toString();
    }

    private void bar(StringBuilder svg, Bar bar, double y, Scale scale) {
        svg.append(Markup.svgLabel(LABEL_WIDTH - 8, y + 14, "end", "label", bar.label(), 26));
        boolean stacked = bar.segments().size() > 1;
        if (stacked) {
            svg.append("<g class=\"bar\">");
        }
        double sum = 0;
        for (Segment segment : bar.segments()) {
            double value = Double.isNaN(segment.value()) ? 0 : Math.max(0, segment.value());
            double from = scale.position(sum);
            double to = scale.position(sum + value);
            sum += value;
            svg.append("<rect class=\"").append(stacked ? "seg" : "bar").append("\" x=\"")
                    .append(coordinate(LABEL_WIDTH + from * PLOT_WIDTH)).append("\" y=\"").append(coordinate(y))
                    .append("\" width=\"").append(coordinate(Math.max(0, to - from) * PLOT_WIDTH))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(segment.colour())
                    .append("\"><title>").append(text(bar.label() + ": " + segment.name() + " "
                            + format.apply(segment.value())))
                    .append("</title></rect>");
        }
        if (stacked) {
            svg.append("</g>");
        }
        double total = bar.segments().stream().anyMatch(s -> Double.isNaN(s.value())) ? Double.NaN : bar.total();
        svg.append(svgText(LABEL_WIDTH + scale.position(sum) * PLOT_WIDTH + 6, y + 14, "start", "value",
                Double.isNaN(total) ? "n/a" : format.apply(total)));
    }

    /** The names and colours of stacked segments, once, above the bars. */
    private static void legend(StringBuilder svg, List<Bar> bars) {
        Map<String, String> colours = new LinkedHashMap<>();
        bars.stream().filter(b -> b.segments().size() > 1)
                .forEach(b -> b.segments().forEach(s -> colours.putIfAbsent(s.name(), s.colour())));
        double x = LABEL_WIDTH;
        for (Map.Entry<String, String> entry : colours.entrySet()) {
            svg.append("<rect class=\"key\" x=\"").append(coordinate(x)).append("\" y=\"22\" width=\"10\" height=\"10\""
                    + " fill=\"").append(entry.getValue()).append("\"/>");
            svg.append(svgText(x + 14, 31, "start", "legend", entry.getKey()));
            x += 24 + entry.getKey().length() * 6.5;
        }
    }
}
