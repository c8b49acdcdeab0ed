package org.vwb.report.internal.html;

import java.util.Optional;

import org.vwb.core.Comparison;
import org.vwb.core.DeviceResult;
import org.vwb.core.RequestTrace;
import org.vwb.model.DeviceMode;

/**
 * The request-path section: one emulated and one synthetic request, the two mechanisms the comparison is about.
 * Of each mode the trace that crosses the most contexts is shown (a legacy NIC emulated by a worker process in
 * a parent partition shows more than one emulated in the hypervisor); ties go to the earlier entry, so the page
 * is stable.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    static String html(Comparison comparison) {
        StringBuilder html = new StringBuilder("<section id=\"paths\"><h2>The path of one request</h2>"
                + "<p class=\"note\">Each box is one step of the request on an otherwise idle host, in order from "
                + "top to bottom; an arrow is a crossing into another context. A box's width is proportional to the "
                + "step's time, the longest step of the request filling its lane; steps too short to see are drawn "
                + RequestPathDiagram.MIN_WIDTH_LABEL + " wide. Hover over a box for its detail.</p>");
        int index = 0;
        for (DeviceMode mode : new DeviceMode[] { DeviceMode.EMULATED, DeviceMode.SYNTHETIC }) {
            Optional<Traced> traced = first(comparison, mode);
            if (traced.isPresent()) {
                RequestTrace trace = traced.get().trace();
                String title = traced.get().label() + ": " + trace.vm() + " / " + trace.device() + " ("
                        + trace.deviceModel() + ", " + mode.getLiteral().toLowerCase(java.util.Locale.ROOT) + ")";
                html.append("<figure class=\"wide\">").append(RequestPathDiagram.svg(title, trace, index++))
                        .append("</figure>");
            }
        }
        if (index == 0) {
            html.append("<p class=\"note\">No request was traced.</p>");
        }
        return html.append("</section>\n").toString();
    }

    private record Traced(String label, RequestTrace trace) {
    }

    private static Optional<Traced> first(Comparison comparison, DeviceMode mode) {
        Traced best = null;
        for (Comparison.Entry entry : comparison.entries()) {
            for (RequestTrace trace : entry.traces()) {
                Optional<DeviceResult> device = entry.result().device(trace.vm(), trace.device());
                if (device.isPresent() && device.get().mode() == mode && !trace.steps().isEmpty()
                        && (best == null || contexts(trace) > contexts(best.trace()))) {
                    best = new Traced(entry.label(), trace);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static long contexts(RequestTrace trace) {
        return trace.steps().stream().map(RequestTrace.Step::context).distinct().count();
    }
}
