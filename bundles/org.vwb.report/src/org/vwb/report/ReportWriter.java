package org.vwb.report;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ConsumerType;
import org.vwb.core.Comparison;

/**
 * Writes a {@link Comparison} in one file format. Implementations are Declarative Services components, found by
 * {@link #format()}; a single run is written as a comparison of one entry ({@link Reports#single}).
 *
 * <p>Every writer escapes what comes from the user's files (configuration, VM and device names), writes the
 * same bytes for the same comparison, and leaves the stream open: the caller owns it and decides, for example,
 * to write into a temporary file and rename it only once the report is whole.
 */
@ConsumerType
public interface ReportWriter {

    /** The format's id as the command line names it, lower case: {@code html}, {@code json}, {@code csv}. */
    String format();

    /** The IANA media type, e.g. {@code text/html; charset=utf-8}. */
    String mediaType();

    /** One line for people: what the report holds. */
    String description();

    /** Writes the whole report; nothing else goes to the stream. */
    void write(Comparison comparison, OutputStream out) throws IOException;
}
