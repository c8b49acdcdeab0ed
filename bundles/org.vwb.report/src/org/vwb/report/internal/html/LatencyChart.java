package org.vwb.report.internal.html;

import static org.vwb.report.internal.html.Markup.coordinate;
import static org.vwb.report.internal.html.Markup.svgText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.core.Comparison;
import org.vwb.core.DeviceResult;
import org.vwb.core.LatencySummary;

/**
 * The latency distribution of each device (a VM's device, as named in the file) as a cumulative distribution,
 * one step line per entry that has it, over a logarithmic time axis so an emulated disk's milliseconds and a
 * synthetic NIC's microseconds fit one picture. A CDF, not per-bucket shares: the histogram's buckets are of
 * unequal width, so shares joined by a line would draw a shape the data does not have, and a device whose requests
 * all fall in one bucket would draw a single point. The line steps up at each bucket's upper bound, the latency
 * by which that share of requests had certainly completed; the 99 % line is drawn so p99 reads off the crossing.
 */
final class LatencyChart {

    private static final double LEFT = 48;
    private static final double WIDTH = 500;
    private static final double HEIGHT = 160;
    private static final double TOP = 28;
    private static final double LEGEND_ROW = 16;

    private LatencyChart() {
    }

    static String html(Comparison comparison) {
        Map<String, List<Line>> byDevice = new LinkedHashMap<>();
        List<Comparison.Entry> entries = comparison.entries();
        for (int i = 0; i < entries.size(); i++) {
            for (DeviceResult device : entries.get(i).result().devices()) {
                if (device.latency().buckets().stream().anyMatch(b -> b.count() > 0)) {
                    byDevice.computeIfAbsent(device.vm() + " / " + device.device(), k -> new ArrayList<>())
                            .add(new Line(entries.get(i).label(), Markup.entryColour(i), device.latency()));
                }
            }
        }
        StringBuilder html = new StringBuilder("<section id=\"latency\"><h2>Latency distribution per device</h2>"
                + "<p class=\"note\">Share of requests completed within a latency (cumulative), latency on a "
                + "logarithmic axis. Each step is a histogram bucket's upper bound.</p>");
        if (byDevice.isEmpty()) {
            html.append("<p class=\"note\">No device completed a request.</p>");
        }
        html.append("<div class=\"charts\">");
        byDevice.forEach((device, lines) -> html.append("<figure>").append(svg(device, lines)).append("</figure>"));
        return html.append("</div></section>\n").toString();
    }

    private record Line(String label, String colour, LatencySummary latency) {
        long total() {
            return latency.buckets().stream().mapToLong(LatencySummary.Bucket::count).sum();
        }
    }

    private static String svg(String device, List<Line> lines) {
        // the first bucket's lower bound, an eighth of its power of two below its upper bound, starts the axis
        double min = lines.stream().flatMap(l -> l.latency().buckets().stream()).filter(b -> b.count() > 0)
                .mapToDouble(b -> b.upperMicros() * 15 / 16).filter(v -> v > 0).min().orElse(1);
        double max = lines.stream().flatMap(l -> l.latency().buckets().stream())
                .mapToDouble(LatencySummary.Bucket::upperMicros).max().orElse(10);
        Scale x = Scale.logarithmic(min, max);
        Scale y = Scale.linear(1);
        double bottom = TOP + HEIGHT;
        double legendTop = bottom + 44;
        StringBuilder svg = new StringBuilder(Markup.svgStart("chart latency", LEFT + WIDTH + 24,
                legendTop + lines.size() * LEGEND_ROW + 4, "Latency of " + device));
        svg.append(Markup.svgLabel(0, 16, "start", "chart-title", device + ": requests completed within a latency",
                80));
        for (double tick : x.minorTicks()) {
            grid(svg, LEFT + x.position(tick) * WIDTH, TOP, LEFT + x.position(tick) * WIDTH, bottom, "grid minor");
        }
        for (double tick : x.ticks()) {
            double px = LEFT + x.position(tick) * WIDTH;
            grid(svg, px, TOP, px, bottom, "grid");
            svg.append(svgText(px, bottom + 14, "middle", "tick", Markup.micros(tick)));
        }
        for (double tick : y.ticks()) {
            double py = bottom - y.position(tick) * HEIGHT;
            grid(svg, LEFT, py, LEFT + WIDTH, py, "grid");
            svg.append(svgText(LEFT - 6, py + 4, "end", "tick", Math.round(tick * 100) + " %"));
        }
        double p99 = bottom - y.position(0.99) * HEIGHT;
        grid(svg, LEFT, p99, LEFT + WIDTH, p99, "p99");
        svg.append(svgText(LEFT + WIDTH + 2, p99 + 4, "start", "tick", "99"));
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            svg.append("<path class=\"dist\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(line.colour())
                    .append("\" d=\"").append(path(line, x, y, bottom)).append("\"/>");
            double ly = legendTop + i * LEGEND_ROW;
            svg.append("<rect class=\"key\" x=\"").append(coordinate(LEFT)).append("\" y=\"")
                    .append(coordinate(ly - 9)).append("\" width=\"10\" height=\"10\" fill=\"").append(line.colour())
                    .append("\"/>").append(Markup.svgLabel(LEFT + 14, ly, "start", "legend", line.label() + ": p50 "
                            + Markup.micros(line.latency().p50()) + ", p99 " + Markup.micros(line.latency().p99())
                            + ", " + line.latency().count() + " requests", 80));
        }
        svg.append(svgText(LEFT + WIDTH / 2, bottom + 30, "middle", "axis", "latency (log scale)"));
        return svg.append("</svg>").toString();
    }

    /** The CDF as a step line from 0 % at the axis's start, up at each bucket's upper bound, on to the end at 100 %. */
    private static String path(Line line, Scale x, Scale y, double bottom) {
        StringBuilder path = new StringBuilder("M").append(coordinate(LEFT)).append(',').append(coordinate(bottom));
        long total = line.total();
        long seen = 0;
        for (LatencySummary.Bucket bucket : line.latency().buckets()) {
            if (bucket.count() == 0) {
                continue;
            }
            double px = LEFT + x.position(bucket.upperMicros()) * WIDTH;
            point(path, px, bottom - y.position(seen / (double) total) * HEIGHT);
            seen += bucket.count();
            point(path, px, bottom - y.position(seen / (double) total) * HEIGHT);
        }
        point(path, LEFT + WIDTH, bottom - y.position(1) * HEIGHT);
        return path.toString();
    }

    private static void point(StringBuilder path, double px, double py) {
        path.append(" L").append(coordinate(px)).append(',').append(coordinate(py));
    }

    private static void grid(StringBuilder svg, double x1, double y1, double x2, double y2, String cssClass) {
        svg.append("<line class=\"").append(cssClass).append("\" x1=\"").append(coordinate(x1)).append("\" y1=\"")
                .append(coordinate(y1)).append("\" x2=\"").append(coordinate(x2)).append("\" y2=\"")
                .append(coordinate(y2)).append("\"/>");
    }
}
