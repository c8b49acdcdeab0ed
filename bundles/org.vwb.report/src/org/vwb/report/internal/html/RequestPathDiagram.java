package org.vwb.report.internal.html;

import static org.vwb.report.internal.html.Markup.coordinate;
import static org.vwb.report.internal.html.Markup.svgText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.core.api.ContextKind;
import org.vwb.core.RequestTrace;

/**
 * One traced request as a swimlane sequence diagram: a lane per context it visits (guest, hypervisor,
 * parent/host, worker, driver domain, and the physical device), a box per step in order from top to bottom,
 * an arrow wherever the request crosses into another context, the cycles of each step on the right and the
 * total per lane in its header. Crossings are the architecture's price, so they are what the eye should find.
 * A box's width is proportional to the step's time (the device's wire time has no CPU cycles, so time is the one
 * measure every step has): a 20 us device step is wide, a 150 ns register access a sliver of at least
 * {@value #MIN_WIDTH} px, its name written beside it.
 */
final class RequestPathDiagram {

    /** The device's own service time: a lane of its own, though the trace books it to the driver's context. */
    private static final String DEVICE = "DEVICE";
    private static final double LANE = 132;
    private static final double ROW = 22;
    private static final double TOP = 58;
    private static final double FIGURES = 170;
    /** Narrower than this a box cannot be seen; such steps are drawn at this width, and the note says so. */
    static final double MIN_WIDTH = 3;
    static final String MIN_WIDTH_LABEL = "3 px";
    private static final double FULL_WIDTH = LANE - 16;
    private static final double CHAR_WIDTH = 6;

    private RequestPathDiagram() {
    }

    static String svg(String title, RequestTrace trace, int index) {
        Map<String, double[]> lanes = lanes(trace);
        List<String> order = new ArrayList<>(lanes.keySet());
        double width = order.size() * LANE + FIGURES;
        double height = TOP + trace.steps().size() * ROW + 16;
        StringBuilder svg = new StringBuilder(Markup.svgStart("diagram", width, height, title));
        String marker = "arrow" + index;
        svg.append("<defs><marker id=\"").append(marker).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>"
                + "</defs>");
        svg.append(svgText(0, 14, "start", "chart-title", title));
        for (int i = 0; i < order.size(); i++) {
            String lane = order.get(i);
            double x = i * LANE;
            svg.append("<rect class=\"lane\" x=\"").append(coordinate(x + 2)).append("\" y=\"22\" width=\"")
                    .append(coordinate(LANE - 4)).append("\" height=\"").append(coordinate(height - 24))
                    .append("\"/>").append(svgText(x + LANE / 2, 36, "middle", "lane-name", laneLabel(lane)));
            double[] totals = lanes.get(lane);
            String total = lane.equals(DEVICE) ? Markup.number(totals[1] / 1000) + " \u00b5s"
                    : Markup.number(totals[0]) + " cycles";
            svg.append(svgText(x + LANE / 2, 50, "middle", "lane-total", total));
        }
        svg.append(svgText(order.size() * LANE + 8, 50, "start", "lane-total", "cycles / time"));
        int previous = -1;
        double longest = trace.steps().stream().mapToDouble(RequestTrace.Step::nanos).max().orElse(0);
        for (int s = 0; s < trace.steps().size(); s++) {
            RequestTrace.Step step = trace.steps().get(s);
            int lane = order.indexOf(laneOf(step));
            double y = TOP + s * ROW;
            if (previous >= 0 && previous != lane) {
                svg.append("<line class=\"hop\" x1=\"").append(coordinate(previous * LANE + LANE / 2))
                        .append("\" y1=\"").append(coordinate(y - 3)).append("\" x2=\"")
                        .append(coordinate(lane * LANE + LANE / 2)).append("\" y2=\"").append(coordinate(y + 1))
                        .append("\" marker-end=\"url(#").append(marker).append(")\"/>");
            }
            String fill = step.event().equals(DEVICE) ? "#bab0ac" : Markup.contextColour(step.context());
            double box = width(step, longest);
            svg.append("<rect class=\"step\" x=\"").append(coordinate(lane * LANE + 8)).append("\" y=\"")
                    .append(coordinate(y + 2)).append("\" width=\"").append(coordinate(box))
                    .append("\" height=\"").append(ROW - 5).append("\" rx=\"").append(box < 8 ? 1 : 3)
                    .append("\" fill=\"").append(fill).append("\"><title>")
                    .append(Markup.text(step.contextName() + ": " + step.note() + ", " + Markup.number(step.nanos())
                            + " ns"))
                    .append("</title></rect>");
            String name = shortEvent(step.event());
            boolean fits = name.length() * CHAR_WIDTH + 8 <= box;
            svg.append(fits ? svgText(lane * LANE + 8 + box / 2, y + 15, "middle", "step-name", name)
                    : svgText(lane * LANE + 8 + box + 4, y + 15, "start", "step-name outside", name));
            svg.append(svgText(order.size() * LANE + 8, y + 15, "start", "step-figures",
                    Markup.number(step.cycles()) + " / " + Markup.number(step.nanos()) + " ns"));
            previous = lane;
        }
        return svg.append("</svg>").toString();
    }

    /** Proportional to the step's time against the longest step of the trace, never below {@link #MIN_WIDTH}. */
    static double width(RequestTrace.Step step, double longest) {
        return longest > 0 ? Math.max(MIN_WIDTH, FULL_WIDTH * step.nanos() / longest) : FULL_WIDTH;
    }

    /** The lanes the trace visits in a fixed order, each with {cycles, nanos} spent there. */
    private static Map<String, double[]> lanes(RequestTrace trace) {
        Map<String, double[]> lanes = new LinkedHashMap<>();
        for (ContextKind kind : ContextKind.values()) {
            lanes.put(kind.name(), new double[2]);
        }
        lanes.put(DEVICE, new double[2]);
        for (RequestTrace.Step step : trace.steps()) {
            double[] totals = lanes.get(laneOf(step));
            totals[0] += step.cycles();
            totals[1] += step.nanos();
        }
        lanes.keySet().removeIf(lane -> !lane.equals(ContextKind.GUEST.name())
                && trace.steps().stream().noneMatch(step -> laneOf(step).equals(lane)));
        return lanes;
    }

    private static String laneOf(RequestTrace.Step step) {
        return step.event().equals(DEVICE) ? DEVICE : step.context().name();
    }

    private static String laneLabel(String lane) {
        return lane.equals(DEVICE) ? "device" : Markup.contextLabel(ContextKind.valueOf(lane));
    }

    private static String shortEvent(String event) {
        String words = event.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return words.length() > 20 ? words.substring(0, 19) + "\u2026" : words;
    }
}
