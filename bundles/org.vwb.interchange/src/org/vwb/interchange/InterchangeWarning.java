package org.vwb.interchange;

import java.nio.file.Path;

/**
 * Something an importer or exporter could not carry over exactly; the result is still usable.
 *
 * @param file    the file read or written
 * @param line    line in that file, 0 when unknown
 * @param element the element or key concerned, e.g. {@code Item[InstanceID=7]} or {@code ethernet0.virtualDev}
 * @param message what happened, in words a user can act on
 */
public record InterchangeWarning(Path file, int line, String element, String message) {

    @Override
    public String toString() {
        return "warning: " + file + (line > 0 ? ":" + line : "") + ": " + element + ": " + message;
    }
}
