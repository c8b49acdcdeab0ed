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
 * The latency distribution of each device (a VM's device, as named in the file), one line per entry that has
 * it: the share of requests in each histogram bucket over a logarithmic time axis, so an emulated disk's
 * milliseconds and a synthetic NIC's microseconds fit one picture, and a long tail shows as what it is.
 */
final class LatencyChart {

    private static final double LEFT = 50;
    private static final double WIDTH = 520;
    private static final double HEIGHT = 160;
    private static final double TOP = 40;

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
        StringBuilder html = new StringBuilder("<section id=\"latency\"><h2>Latency distribution per device</h2>");
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
        double min = lines.stream().flatMap(l -> l.latency().buckets().stream())
                .mapToDouble(LatencySummary.Bucket::upperMicros).filter(v -> v > 0).min().orElse(1);
        double max = lines.stream().flatMap(l -> l.latency().buckets().stream())
                .mapToDouble(LatencySummary.Bucket::upperMicros).max().orElse(10);
        Scale x = Scale.logarithmic(min, max);
        double peak = lines.stream().flatMap(l -> l.latency().buckets().stream().map(b -> b.count() / (double) l.total()))
                .mapToDouble(Double::doubleValue).max().orElse(1);
        Scale y = Scale.linear(peak);
        double bottom = TOP + HEIGHT;
        StringBuilder svg = new StringBuilder(Markup.svgStart("chart latency", LEFT + WIDTH + 20, bottom + 36,
                "Latency of " + device));
        svg.append(svgText(0, 16, "start", "chart-title", device + ": share of requests by latency"));
        for (double tick : x.ticks()) {
            double px = LEFT + x.position(tick) * WIDTH;
            svg.append("<line class=\"grid\" x1=\"").append(coordinate(px)).append("\" y1=\"").append(TOP)
                    .append("\" x2=\"").append(coordinate(px)).append("\" y2=\"").append(bottom).append("\"/>")
                    .append(svgText(px, bottom + 14, "middle", "tick", micros(tick)));
        }
        for (double tick : y.ticks()) {
            double py = bottom - y.position(tick) * HEIGHT;
            svg.append(svgText(LEFT - 6, py + 4, "end", "tick", Math.round(tick * 100) + " %"));
        }
        double legend = LEFT;
        for (Line line : lines) {
            StringBuilder path = new StringBuilder();
            for (LatencySummary.Bucket bucket : line.latency().buckets()) {
                double px = LEFT + x.position(bucket.upperMicros()) * WIDTH;
                double py = bottom - y.position(bucket.count() / (double) line.total()) * HEIGHT;
                path.append(path.length() == 0 ? "M" : " L").append(coordinate(px)).append(',').append(coordinate(py));
            }
            svg.append("<path class=\"dist\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(line.colour())
                    .append("\" d=\"").append(path).append("\"/>");
            svg.append("<rect class=\"key\" x=\"").append(coordinate(legend)).append("\" y=\"24\" width=\"10\" "
                    + "height=\"10\" fill=\"").append(line.colour()).append("\"/>")
                    .append(svgText(legend + 14, 33, "start", "legend", line.label() + " (p99 "
                            + micros(line.latency().p99()) + ")"));
            legend += 40 + (line.label().length() + 14) * 6.5;
        }
        svg.append(svgText(LEFT + WIDTH / 2, bottom + 30, "middle", "axis", "latency (log scale)"));
        return svg.append("</svg>").toString();
    }

    private static String micros(double micros) {
        if (micros >= 1e6) {
            return Markup.number(micros / 1e6) + " s";
        }
        return micros >= 1000 ? Markup.number(micros / 1000) + " ms" : Markup.number(micros) + " \u00b5s";
    }
}
