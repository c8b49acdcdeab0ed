package org.vwb.sweep.internal.report;

import java.util.Locale;

/** Figures for people: three significant digits, thousands separated, a dash for none. */
final class Figures {

    private Figures() {
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "\u2013";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return magnitude >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Microseconds in the unit that reads best. */
    static String micros(double micros) {
        if (micros >= 1e6) {
            return number(micros / 1e6) + " s";
        }
        return micros >= 1000 ? number(micros / 1000) + " ms" : number(micros) + " \u00b5s";
    }

    /** Text or attribute value escaped for HTML and XML (the SVG must parse as XML). */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        value.codePoints().forEach(c -> escaped.append(switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> c < 0x20 && c != '\n' ? " " : Character.toString(c);
        }));
        return escaped.toString();
    }
}
