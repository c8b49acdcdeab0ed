package org.vwb.calibration;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code measurements.csv}: comma-separated, double quotes around fields that hold commas, {@code #} starts
 * a comment line. A malformed row is refused with the file, line and reason.
 */
public final class MeasurementsFile {

    private static final int COLUMNS = 9;
    /** A row is a few hundred bytes; a file beyond this is not a measurements file (and is not read whole). */
    private static final long MAX_BYTES = 1 << 20;

    private MeasurementsFile() {
    }

    /**
     * The measurements of {@code file}; fails with the file and the reason (and line) when it is not a readable
     * measurements file or holds no measurement.
     */
    public static List<Measurement> read(Path file) throws IOException {
        List<Measurement> measurements = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            String where = file + ":" + (i + 1) + ": ";
            if (fields.size() != COLUMNS) {
                throw new IOException(where + "expected " + COLUMNS + " fields, found " + fields.size());
            }
            try {
                measurements.add(new Measurement(fields.get(0), fields.get(1), fields.get(2), fields.get(3),
                        Metric.parse(fields.get(4)), measured(fields.get(5)), fields.get(6),
                        kind(fields.get(7)), fields.get(8)));
            } catch (IllegalArgumentException e) {
                throw new IOException(where + e.getMessage(), e);
            }
        }
        if (measurements.isEmpty()) {
            throw new IOException(file + ": holds no measurement (" + COLUMNS + " comma-separated fields a line)");
        }
        return measurements;
    }

    private static List<String> lines(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a directory, not a measurements file");
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": " + (Files.exists(file) ? "is not a regular file" : "no such file"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException(file + ": file of " + Files.size(file) + " bytes exceeds the limit of "
                        + MAX_BYTES + " bytes for a measurements file");
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not a text file (UTF-8 comma-separated values expected)", e);
        }
    }

    /**
     * A measured value: a finite number above 0. Every metric is a time, a cycle count or a ratio of throughputs,
     * and the table divides by it, so 0, a negative value or NaN is a typing error to report, not a figure.
     */
    private static double measured(String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("measured value '" + text + "' is not a number", e);
        }
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("measured value '" + text + "' must be a finite number above 0");
        }
        return value;
    }

    private static boolean kind(String text) {
        return switch (text) {
            case "prediction" -> true;
            case "calibration" -> false;
            default -> throw new IllegalArgumentException("kind must be prediction or calibration, not '" + text + "'");
        };
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
