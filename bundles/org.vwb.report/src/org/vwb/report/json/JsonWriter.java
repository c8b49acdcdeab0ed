package org.vwb.report.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes one JSON document, indented two spaces, into a string. The caller opens and closes objects and arrays
 * in order; names only inside objects. Misuse is a programming error and fails at once.
 */
public final class JsonWriter {

    private final StringBuilder json = new StringBuilder();
    /** Per open container: whether it is an object, and whether it already has a member. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        return begin('{', true);
    }

    public JsonWriter endObject() {
        return end('}', true);
    }

    public JsonWriter beginArray() {
        return begin('[', false);
    }

    public JsonWriter endArray() {
        return end(']', false);
    }

    /** The name of the next member of the current object. */
    public JsonWriter name(String name) {
        if (open.isEmpty() || !open.peek()[0] || afterName) {
            throw new IllegalStateException("a name belongs inside an object, before its value");
        }
        separate();
        quote(name);
        json.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        separate();
        quote(value);
        return this;
    }

    /** A number; {@code NaN} and infinities become {@code null}, integral values are written without fraction. */
    public JsonWriter value(double value) {
        separate();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.append("null");
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.append((long) value);
        } else {
            json.append(value);
        }
        return this;
    }

    public JsonWriter value(long value) {
        separate();
        json.append(value);
        return this;
    }

    public JsonWriter value(boolean value) {
        separate();
        json.append(value);
        return this;
    }

    public JsonWriter nullValue() {
        separate();
        json.append("null");
        return this;
    }

    /** The document; every container must have been closed. */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException(open.size() + " containers are still open");
        }
        return json.append('\n').toString();
    }

    private JsonWriter begin(char bracket, boolean object) {
        separate();
        json.append(bracket);
        open.push(new boolean[] { object, false });
        return this;
    }

    private JsonWriter end(char bracket, boolean object) {
        if (open.isEmpty() || open.peek()[0] != object || afterName) {
            throw new IllegalStateException("'" + bracket + "' does not close what is open");
        }
        boolean hadMembers = open.pop()[1];
        if (hadMembers) {
            newline();
        }
        json.append(bracket);
        return this;
    }

    /** Before a name or a value: the comma and line break it needs, unless it is the value of a name. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (open.isEmpty()) {
            if (json.length() > 0) {
                throw new IllegalStateException("a JSON document has one top-level value");
            }
            return;
        }
        boolean[] container = open.peek();
        if (container[1]) {
            json.append(',');
        }
        container[1] = true;
        newline();
    }

    private void newline() {
        json.append('\n').append("  ".repeat(open.size()));
    }

    private void quote(String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                // U+2028/2029 are legal JSON but end a line in JavaScript; '<' keeps "</script>" inert in HTML
                case '\u2028', '\u2029', '<' -> json.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
