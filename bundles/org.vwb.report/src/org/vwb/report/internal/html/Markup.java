package org.vwb.report.internal.html;

import java.util.Locale;

import org.vwb.core.api.ContextKind;
import org.vwb.report.SummaryTable;

/**
 * Escaping and number formatting for the page and its SVG. The output must parse as XML (the SVG charts are
 * checked that way), so all five special characters are escaped, in text and attributes alike.
 */
final class Markup {

    /** One colour per entry, in order (Tableau 10: distinct, and readable when printed in grey). */
    private static final String[] ENTRY_COLOURS = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac" };

    private Markup() {
    }

    /** Text or attribute value, escaped for HTML and XML alike; {@code null} as empty. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    /** A figure for people, as the text table writes it, with a real dash when unknown. */
    static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "\u2013" : SummaryTable.number(value);
    }

    static String bytes(double value) {
        return Double.isNaN(value) ? "\u2013" : SummaryTable.bytes(value);
    }

    /** A latency with its unit, to the two significant digits the histogram supports. */
    static String micros(double micros) {
        if (Double.isNaN(micros) || Double.isInfinite(micros)) {
            return "\u2013";
        }
        if (micros >= 1e6) {
            return SummaryTable.latency(micros / 1e6) + " s";
        }
        return micros >= 1000 ? SummaryTable.latency(micros / 1000) + " ms" : SummaryTable.latency(micros) + " \u00b5s";
    }

    /**
     * A label cut to fit {@code chars} characters with an ellipsis, so it never runs out of its chart; the chart
     * gives the whole label as a tooltip.
     */
    static String fit(String label, int chars) {
        return label.length() <= chars ? label : label.substring(0, Math.max(1, chars - 1)) + "\u2026";
    }

    /** An SVG text element holding a label cut to fit, with the whole label as its tooltip. */
    static String svgLabel(double x, double y, String anchor, String cssClass, String label, int chars) {
        String shown = fit(label, chars);
        return shown.equals(label) ? svgText(x, y, anchor, cssClass, label)
                : "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" text-anchor=\"" + anchor
                        + "\" class=\"" + cssClass + "\"><title>" + text(label) + "</title>" + text(shown) + "</text>";
    }

    /** A coordinate for SVG: one decimal is finer than a pixel, and keeps the file small. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String entryColour(int index) {
        return ENTRY_COLOURS[index % ENTRY_COLOURS.length];
    }

    /** The colour of a context kind, the same in every chart and diagram. */
    static String contextColour(ContextKind kind) {
        return switch (kind) {
            case GUEST -> "#4e79a7";
            case HYPERVISOR -> "#e15759";
            case PARENT -> "#f28e2b";
            case WORKER -> "#b07aa1";
            case DRIVER_DOMAIN -> "#59a14f";
        };
    }

    static String contextLabel(ContextKind kind) {
        return SummaryTable.contextLabel(kind);
    }

    /** The start tag of an SVG image; its namespace is the only URI the page holds. */
    static String svgStart(String cssClass, double width, double height, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + cssClass + "\" width=\"" + coordinate(width)
                + "\" height=\"" + coordinate(height) + "\" viewBox=\"0 0 " + coordinate(width) + " "
                + coordinate(height) + "\" role=\"img\" aria-label=\"" + text(title) + "\"><title>" + text(title)
                + "</title>";
    }

    /** An SVG text element at (x, y). */
    static String svgText(double x, double y, String anchor, String cssClass, String content) {
        return "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" text-anchor=\"" + anchor
                + "\" class=\"" + cssClass + "\">" + text(content) + "</text>";
    }
}
