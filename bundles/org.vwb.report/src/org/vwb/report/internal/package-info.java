/**
 * The report writers vwb ships, each a Declarative Services component: JSON (the stable machine format, described
 * by {@code docs/report.schema.json}), CSV (one row per device, for spreadsheets) and, in {@code html}, the
 * self-contained page people read.
 */
package org.vwb.report.internal;
