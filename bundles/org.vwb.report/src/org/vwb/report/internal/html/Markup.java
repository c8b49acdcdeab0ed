package org.vwb.report.internal.html;

import java.util.Locale;

import org.vwb.core.ContextKind;

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

    /** A figure for people: grouped thousands, fewer decimals the larger it is; a dash when unknown. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "\u2013";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : magnitude == 0 ? "%.0f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** Bytes in decimal units (the vendors' own: "32 MB", "2 GB"). */
    static String bytes(double value) {
        if (Double.isNaN(value)) {
            return "\u2013";
        }
        String[] units = { "B", "kB", "MB", "GB", "TB" };
        int unit = 0;
        double scaled = value;
        while (Math.abs(scaled) >= 1000 && unit < units.length - 1) {
            scaled /= 1000;
            unit++;
        }
        return number(scaled) + " " + units[unit];
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

    /** The name people know a context kind by. */
    static String contextLabel(ContextKind kind) {
        return switch (kind) {
            case GUEST -> "guest";
            case HYPERVISOR -> "hypervisor";
            case PARENT -> "parent / host";
            case WORKER -> "worker";
            case DRIVER_DOMAIN -> "driver domain";
        };
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
