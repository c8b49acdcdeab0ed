package org.vwb.report.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.vwb.core.Comparison;
import org.vwb.core.api.CostEvent;
import org.vwb.core.DeviceResult;
import org.vwb.core.RequestTrace;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceMode;

/**
 * The request-path section: one emulated and one synthetic request, the two mechanisms the comparison is about,
 * each on two vendors side by side. Of each mode the trace that crosses the most contexts leads (a legacy NIC
 * emulated by a worker process in a parent partition shows more than one emulated in the hypervisor); beside it
 * the same VM's same device under the first entry of another vendor profile (bare metal only when nothing else
 * has it), so the page shows what the workbench's request-path view shows: one request, two architectures. Ties
 * go to the earlier entry and the pair keeps the comparison's order, so the page is stable.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    static String html(Comparison comparison) {
        StringBuilder html = new StringBuilder("<section id=\"paths\"><h2>The path of one request</h2>"
                + "<p class=\"note\">Each box is one step of the request on an otherwise idle host, in order from "
                + "top to bottom; an arrow is a crossing into another context. The same device under two vendors "
                + "is drawn side by side on one scale: a box's width is proportional to the step's time, the "
                + "longest step of the pair filling its lane, and a row is one step in both, so the longer path is "
                + "the taller one. Steps too short to see are drawn " + RequestPathDiagram.MIN_WIDTH_LABEL
                + " wide. Hover over a box for its detail.</p>");
        int index = 0;
        for (DeviceMode mode : new DeviceMode[] { DeviceMode.EMULATED, DeviceMode.SYNTHETIC }) {
            Optional<Traced> lead = lead(comparison, mode);
            if (lead.isEmpty()) {
                continue;
            }
            List<Traced> pair = pair(comparison, lead.get());
            RequestTrace first = lead.get().trace();
            html.append("<h3>").append(Markup.text(first.vm() + " / " + first.device() + ", "
                    + mode.getLiteral().toLowerCase(Locale.ROOT) + (pair.size() > 1 ? ": " + pair.get(0).label()
                            + " and " + pair.get(1).label() : ": " + pair.get(0).label()))).append("</h3>");
            RequestPathDiagram.PathScale scale = RequestPathDiagram.PathScale
                    .of(pair.stream().map(Traced::trace).toList());
            html.append("<div class=\"pair\">");
            for (Traced traced : pair) {
                RequestTrace trace = traced.trace();
                String title = traced.label() + ": " + trace.deviceModel();
                html.append("<figure>").append(RequestPathDiagram.svg(title, trace, index++, scale))
                        .append("<figcaption>").append(Markup.text(caption(trace))).append("</figcaption></figure>");
            }
            html.append("</div>");
        }
        if (index == 0) {
            html.append("<p class=\"note\">No request was traced.</p>");
        }
        return html.append("</section>\n").toString();
    }

    /** The totals a reader compares first: steps, cycles, exits and context switches of the request. */
    static String caption(RequestTrace trace) {
        long switches = trace.count(CostEvent.PARTITION_SWITCH) + trace.count(CostEvent.PROCESS_SWITCH)
                + trace.count(CostEvent.WORLD_SWITCH);
        double micros = trace.steps().stream().mapToDouble(RequestTrace.Step::nanos).sum() / 1000;
        long exits = trace.count(CostEvent.VM_EXIT);
        return trace.steps().size() + " steps, " + Markup.number(trace.totalCycles()) + " cycles, "
                + Markup.number(micros) + " \u00b5s; " + exits + (exits == 1 ? " VM exit, " : " VM exits, ")
                + switches + " partition, process or world switch" + (switches == 1 ? "" : "es");
    }

    private record Traced(int entry, String label, String vendorProfile, RequestTrace trace) {
    }

    private static Optional<Traced> lead(Comparison comparison, DeviceMode mode) {
        Traced best = null;
        List<Comparison.Entry> entries = comparison.entries();
        for (int i = 0; i < entries.size(); i++) {
            Comparison.Entry entry = entries.get(i);
            for (RequestTrace trace : entry.traces()) {
                Optional<DeviceResult> device = entry.result().device(trace.vm(), trace.device());
                if (device.isPresent() && device.get().mode() == mode && !trace.steps().isEmpty()
                        && (best == null || contexts(trace) > contexts(best.trace()))) {
                    best = new Traced(i, entry.label(), entry.result().vendorProfile(), trace);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The lead and its partner in the comparison's order, or the lead alone when no other vendor traced it. */
    private static List<Traced> pair(Comparison comparison, Traced lead) {
        Traced partner = null;
        List<Comparison.Entry> entries = comparison.entries();
        for (int i = 0; i < entries.size(); i++) {
            Comparison.Entry entry = entries.get(i);
            String vendor = entry.result().vendorProfile();
            Optional<RequestTrace> same = entry.traces().stream().filter(t -> t.vm().equals(lead.trace().vm())
                    && t.device().equals(lead.trace().device()) && !t.steps().isEmpty()).findFirst();
            if (i != lead.entry() && !vendor.equals(lead.vendorProfile()) && same.isPresent()
                    && (partner == null || isNative(partner) && !VendorProfile.BARE_METAL.equals(vendor))) {
                partner = new Traced(i, entry.label(), vendor, same.get());
            }
        }
        List<Traced> pair = new ArrayList<>(List.of(lead));
        if (partner != null) {
            pair.add(partner.entry() < lead.entry() ? 0 : 1, partner);
        }
        return pair;
    }

    private static boolean isNative(Traced traced) {
        return VendorProfile.BARE_METAL.equals(traced.vendorProfile());
    }

    private static long contexts(RequestTrace trace) {
        return trace.steps().stream().map(RequestTrace.Step::context).distinct().count();
    }
}
