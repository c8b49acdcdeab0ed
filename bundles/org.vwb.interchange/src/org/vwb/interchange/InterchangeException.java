package org.vwb.interchange;

import java.nio.file.Path;

/**
 * A file that cannot be imported: names the file, the line (0 when unknown) and the reason, in one line fit for
 * a terminal and for the command line's error convention.
 */
public final class InterchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String reason;

    public InterchangeException(Path file, int line, String reason) {
        this(file, line, reason, null);
    }

    public InterchangeException(Path file, int line, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
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
}
