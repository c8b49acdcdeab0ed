package org.vwb.headless.internal.interchange;

import java.util.List;

import org.vwb.headless.CommandIo;
import org.vwb.interchange.InterchangeWarning;

/** Prints what an importer or exporter could not carry over, one convention line each. */
public final class InterchangeWarnings {

    private static final String PREFIX = "warning: ";

    private InterchangeWarnings() {
    }

    /** {@code warning: FILE:LINE: ELEMENT: MESSAGE} on stderr for each warning. */
    public static void report(List<InterchangeWarning> warnings, CommandIo io) {
        for (InterchangeWarning warning : warnings) {
            // the record already renders the convention's line; CommandIo adds the prefix itself
            String line = warning.toString();
            io.warning(line.startsWith(PREFIX) ? line.substring(PREFIX.length()) : line);
        }
    }
}
