/**
 * A small streaming JSON writer: the reports' structure is fixed and known, so a library would add a
 * dependency without adding correctness. Strings are escaped per RFC 8259; {@code NaN} and infinities, which
 * JSON cannot express, are written as {@code null}.
 */
package org.vwb.report.internal.json;
