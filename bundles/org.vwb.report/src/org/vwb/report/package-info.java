/**
 * Reports of runs and comparisons: the {@link org.vwb.report.ReportWriter} service interface that each format
 * (HTML, JSON, CSV, or a third party's) implements as a Declarative Services component, and
 * {@link org.vwb.report.EntrySummary}, the per-configuration figures every format shows the same way.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.report;
