/**
 * The sweep's reports: text on stdout, JSON (docs/sweep.schema.json), CSV (one row per combination) and a
 * self-contained HTML page whose curves are inline SVG.
 */
package org.vwb.sweep.internal.report;
