package org.vwb.headless.internal.audit;

/**
 * JSON values for the audit's machine output. The output's structure is fixed and small, so it is written
 * directly; only strings and numbers need care.
 */
final class JsonText {

    private JsonText() {
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        value.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                json.append('\\').append((char) c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", c));
            } else {
                json.append((char) c);
            }
        });
        return json.append('"').toString();
    }

    /** JSON has no NaN or infinity: a figure that is not a number is written as null. */
    static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }
}
