package org.vwb.model.persistence;

import java.nio.file.Path;

/**
 * A {@code .vwb} file that cannot be read: names the file, the line (0 when the parser gave none) and the reason,
 * in one line fit for a terminal.
 */
public final class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final String reason;

    public ModelLoadException(Path file, int line, String reason, Throwable cause) {
        super(format(file, line, reason), cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    private static String format(Path file, int line, String reason) {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
