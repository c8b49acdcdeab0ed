/**
 * A small streaming JSON writer for vwb's machine output (reports, {@code vwb plugins --format json}): the
 * documents' structure is fixed and known, so a library would add a dependency without adding correctness.
 * Strings are escaped per RFC 8259; {@code NaN} and infinities, which JSON cannot express, are written as
 * {@code null}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.report.json;
