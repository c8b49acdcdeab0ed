package org.vwb.interchange.internal.vmx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.internal.Warnings;

/**
 * The entries of a .vmx file: {@code key = "value"} lines, {@code #} comments. Keys are case-insensitive (VMware
 * treats them so) and kept in lower case. Values escape special characters as {@code |XX} in hex ({@code |22}
 * is a quote, {@code |7C} a bar); unquoted values occur in hand-written files and are accepted.
 */
final class VmxFile {

    private final Map<String, String> entries;
    private final Map<String, Integer> lines;

    private VmxFile(Map<String, String> entries, Map<String, Integer> lines) {
        this.entries = entries;
        this.lines = lines;
    }

    static VmxFile parse(Path file, byte[] content, Warnings warnings) throws InterchangeException {
        Map<String, String> entries = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] text = new String(content, StandardCharsets.UTF_8).split("\r?\n", -1);
        for (int i = 0; i < text.length; i++) {
            String line = text[i].strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.startsWith("\uFEFF"))) {
                continue;
            }
            if (line.indexOf('\0') >= 0) {
                throw new InterchangeException(file, i + 1, "binary content: not a .vmx file");
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new InterchangeException(file, i + 1, "expected 'key = \"value\"', found '" + shorten(line) + "'");
            }
            String key = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (key.matches("[a-z0-9_.:\\-\\[\\]*?]+") && (key.contains("*") || key.contains("?"))) {
                // VMware's hardening templates write patterns such as pciPassthru*.present = "False"
                warnings.add(i + 1, key, "a wildcard is not a .vmx key (a line from a hardening template?); ignored");
                continue;
            }
            if (!key.matches("[a-z0-9_.:\\-\\[\\]]+")) {
                throw new InterchangeException(file, i + 1, "'" + shorten(key) + "' is not a .vmx key");
            }
            entries.put(key, value(file, i + 1, line.substring(equals + 1).strip()));
            lines.put(key, i + 1);
        }
        return new VmxFile(entries, lines);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key.toLowerCase(Locale.ROOT)));
    }

    String get(String key, String otherwise) {
        return get(key).orElse(otherwise);
    }

    /** Whether {@code <device>.present} is TRUE: devices set FALSE, or not mentioned, are absent. */
    boolean present(String device) {
        return get(device + ".present").map(v -> v.equalsIgnoreCase("true")).orElse(false);
    }

    int line(String key) {
        return lines.getOrDefault(key.toLowerCase(Locale.ROOT), 0);
    }

    Iterable<String> keys() {
        return entries.keySet();
    }

    private static String value(Path file, int line, String raw) throws InterchangeException {
        if (!raw.startsWith("\"")) {
            return raw;
        }
        if (raw.length() < 2 || !raw.endsWith("\"")) {
            throw new InterchangeException(file, line, "value " + shorten(raw) + " has no closing quote");
        }
        String quoted = raw.substring(1, raw.length() - 1);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '|' && isHex(quoted, i + 1)) {
                value.append((char) Integer.parseInt(quoted.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '"') {
                throw new InterchangeException(file, line, "unescaped quote inside a value (VMware writes |22)");
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    private static boolean isHex(String s, int from) {
        return from + 2 <= s.length() && s.substring(from, from + 2).matches("[0-9A-Fa-f]{2}");
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
