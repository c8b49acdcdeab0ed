package org.vwb.interchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export wrote, and the devices it could not express in the format.
 *
 * @param files    the files written, each replaced atomically
 * @param warnings devices or values left out, with the reason
 */
public record ExportResult(List<Path> files, List<InterchangeWarning> warnings) {

    public ExportResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public static ExportResult empty() {
        return new ExportResult(List.of(), List.of());
    }

    /** Both results in one, for exports that write several files. */
    public ExportResult and(ExportResult other) {
        List<Path> allFiles = new ArrayList<>(files);
        allFiles.addAll(other.files);
        List<InterchangeWarning> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(other.warnings);
        return new ExportResult(allFiles, allWarnings);
    }
}
