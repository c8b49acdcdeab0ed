/**
 * The HTML report: one self-contained page (inline CSS and SVG drawn here, no script, font or request to any
 * server) in pieces: the comparison table, bar charts per metric, latency distributions, request-path diagrams
 * and the cited cost constants. Everything from the user's files goes through {@link
 * org.vwb.report.internal.html.Markup#text}.
 */
package org.vwb.report.internal.html;
