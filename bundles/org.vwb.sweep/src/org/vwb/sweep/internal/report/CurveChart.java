package org.vwb.sweep.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * One chart of curves against the sweep's x axis as inline SVG: per line, the means joined, the 95 % confidence
 * band shaded behind them, a dot per point, and the knee of its series marked with a ring and a dashed drop line.
 */
final class CurveChart {

    static final double WIDTH = 560;
    static final double HEIGHT = 340;
    private static final double LEFT = 70;
    private static final double RIGHT = 36;
    private static final double TOP = 34;
    private static final double BOTTOM = 52;

    /**
     * One curve.
     *
     * @param colour its stroke
     * @param dashed drawn dashed (a second figure of the same series, e.g. p50 beside p99)
     * @param xs     the x of each point, ascending
     * @param means  the mean at each point (NaN: no point)
     * @param lows   the lower end of the confidence interval at each point
     * @param highs  the upper end
     * @param knee   the index of the knee point, or -1
     */
    record Curve(String colour, boolean dashed, List<Double> xs, List<Double> means, List<Double> lows,
            List<Double> highs, int knee) {
    }

    private CurveChart() {
    }

    static String svg(String title, String xLabel, String yLabel, List<Curve> curves, boolean identity,
            DoubleFunction<String> yFormat) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        curves.forEach(c -> {
            xs.addAll(c.xs());
            ys.addAll(c.highs());
            ys.addAll(c.means());
        });
        Axis x = Axis.covering(xs, false);
        Axis y = Axis.covering(ys, !identity);
        if (identity) {
            y = Axis.covering(concat(ys, xs), true);
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double bottom = TOP + plotHeight;
        Axis xAxis = x;
        Axis yAxis = y;
        DoubleFunction<Double> px = v -> LEFT + xAxis.position(v) * plotWidth;
        DoubleFunction<Double> py = v -> bottom - yAxis.position(v) * plotHeight;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"curves\" "
                + "width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%s\">"
                + "<title>%s</title>", WIDTH, HEIGHT, WIDTH, HEIGHT, Figures.escape(title), Figures.escape(title)));
        svg.append(text(0, 18, "start", "chart-title", title));
        for (double tick : y.ticks()) {
            double at = py.apply(tick);
            svg.append(line(LEFT, at, LEFT + plotWidth, at, "grid"));
            svg.append(text(LEFT - 8, at + 4, "end", "tick", yFormat.apply(tick)));
        }
        for (double tick : x.ticks()) {
            double at = px.apply(tick);
            svg.append(line(at, TOP, at, bottom, "grid"));
            svg.append(text(at, bottom + 16, "middle", "tick", Figures.number(tick)));
        }
        svg.append(line(LEFT, bottom, LEFT + plotWidth, bottom, "frame")).append(line(LEFT, TOP, LEFT, bottom, "frame"));
        svg.append(text(LEFT + plotWidth / 2, HEIGHT - 12, "middle", "axis", xLabel + (x.logarithmic()
                ? ", log scale" : "")));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis\" text-anchor=\"middle\" transform=\"translate(14 %.1f) "
                + "rotate(-90)\">%s</text>", TOP + plotHeight / 2, Figures.escape(yLabel + (y.logarithmic()
                        ? ", log scale" : ""))));
        if (identity) {
            // where throughput equals the offered load: a curve below it is a host that no longer keeps up
            double min = xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = xs.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            svg.append("<path class=\"identity\" d=\"M").append(point(px.apply(min), py.apply(min))).append(" L")
                    .append(point(px.apply(max), py.apply(max))).append("\"/>")
                    .append(text(px.apply(max) - 4, py.apply(max) - 6, "end", "tick", "throughput = offered load"));
        }
        for (Curve curve : curves) {
            svg.append(band(curve, px, py));
        }
        for (Curve curve : curves) {
            svg.append(curve(curve, px, py, bottom));
        }
        return svg.append("</svg>").toString();
    }

    private static String band(Curve curve, DoubleFunction<Double> px, DoubleFunction<Double> py) {
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        int points = 0;
        for (int i = 0; i < curve.xs().size(); i++) {
            if (!Double.isNaN(curve.means().get(i))) {
                upper.append(upper.length() == 0 ? "M" : " L").append(point(px.apply(curve.xs().get(i)),
                        py.apply(curve.highs().get(i))));
                lower.insert(0, " L" + point(px.apply(curve.xs().get(i)), py.apply(curve.lows().get(i))));
                points++;
            }
        }
        if (points < 2) {
            return "";
        }
        return "<path class=\"band\" fill=\"" + curve.colour() + "\" d=\"" + upper + lower + " Z\"/>";
    }

    private static String curve(Curve curve, DoubleFunction<Double> px, DoubleFunction<Double> py, double bottom) {
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < curve.xs().size(); i++) {
            double mean = curve.means().get(i);
            if (Double.isNaN(mean)) {
                continue;
            }
            String at = point(px.apply(curve.xs().get(i)), py.apply(mean));
            path.append(path.length() == 0 ? "M" : " L").append(at);
            String[] xy = at.split(",");
            dots.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]).append("\" r=\"")
                    .append(curve.dashed() ? "2.5" : "3.5").append("\" fill=\"").append(curve.colour()).append("\"/>");
            if (i == curve.knee()) {
                dots.append("<line class=\"knee\" stroke=\"").append(curve.colour()).append("\" x1=\"").append(xy[0])
                        .append("\" y1=\"").append(xy[1]).append("\" x2=\"").append(xy[0]).append("\" y2=\"")
                        .append(String.format(Locale.ROOT, "%.1f", bottom)).append("\"/>");
                dots.append("<circle class=\"knee\" cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1])
                        .append("\" r=\"8\" stroke=\"").append(curve.colour()).append("\"><title>knee at ")
                        .append(Figures.number(curve.xs().get(i))).append("</title></circle>");
            }
        }
        return "<path class=\"curve" + (curve.dashed() ? " dashed" : "") + "\" stroke=\"" + curve.colour()
                + "\" d=\"" + path + "\"/>" + dots;
    }

    private static List<Double> concat(List<Double> a, List<Double> b) {
        List<Double> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }

    private static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                cssClass, x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String cssClass, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>", x,
                y, anchor, cssClass, Figures.escape(content));
    }
}
