package org.vwb.report.internal.html;

import static org.vwb.report.internal.html.Markup.text;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.Comparison;
import org.vwb.core.api.Fact;
import org.vwb.model.DriverPlacement;

/**
 * Trusted code per entry as a dot plot: the code in the most privileged context (the vendor profile's figure,
 * for Hyper-V the hypervisor binary alone) and, where drivers run in a parent partition, what is trusted with it.
 * No profile gives the root partition's trusted code as a figure of its own, so that mark is the installed
 * footprint, labelled as the upper bound it is, rather than a number made up here. Figures not counted in bytes
 * (Xen's lines of code) cannot share a byte axis: they are listed under the chart, not drawn.
 */
final class TrustedCode {

    static final String PRIVILEGED = "most privileged context (Hyper-V: hypervisor binary only)";
    static final String WITH_ROOT = "trusted with the root partition: at most the installed footprint";

    private TrustedCode() {
    }

    static String html(List<Comparison.Entry> entries) {
        List<DotPlot.Row> rows = new ArrayList<>();
        List<String> notDrawn = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < entries.size(); i++) {
            Comparison.Entry entry = entries.get(i);
            String colour = Markup.entryColour(i);
            Fact trusted = entry.figures() == null ? null : entry.figures().trustedCode();
            List<DotPlot.Mark> marks = new ArrayList<>();
            if (trusted != null && "bytes".equals(trusted.unit())) {
                marks.add(new DotPlot.Mark(PRIVILEGED, trusted.value(), colour, true));
                any |= trusted.value() > 0;
            } else {
                marks.add(new DotPlot.Mark(PRIVILEGED, Double.NaN, colour, true));
                if (trusted != null) {
                    notDrawn.add(entry.label() + ": " + Markup.number(trusted.value()) + " " + trusted.unit());
                }
            }
            if (entry.placement() == DriverPlacement.PARENT_PARTITION && entry.figures() != null
                    && "bytes".equals(entry.figures().footprint().unit())) {
                marks.add(new DotPlot.Mark(WITH_ROOT, entry.figures().footprint().value(), colour, false));
            }
            rows.add(new DotPlot.Row(entry.label(), marks));
        }
        if (!any) {
            return "";
        }
        StringBuilder html = new StringBuilder("<figure>")
                .append(new DotPlot("Trusted code", Markup::bytes).svg(rows));
        if (!notDrawn.isEmpty()) {
            html.append("<figcaption class=\"note\">Not in bytes, so not drawn: ")
                    .append(text(String.join("; ", notDrawn))).append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }
}
