package org.vwb.interchange.audit;

import java.nio.file.Path;

/**
 * A file the audit could not read; the other files are audited all the same.
 *
 * @param file   the file
 * @param line   the line, 0 when unknown
 * @param reason why
 */
public record FileProblem(Path file, int line, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
