/**
 * Support for vwb's tests and for third parties' tests of their plugins: the bundled example files, and the
 * abstract contract tests that every implementation of a vwb service interface runs by subclassing
 * ({@link org.vwb.testing.ReportWriterContractTest}), comparisons built by hand ({@link
 * org.vwb.testing.SampleComparisons}), stand-in plugins registered as real services ({@link
 * org.vwb.testing.StandInPlugins}) and a strict JSON parser with a schema check for machine output.
 */
package org.vwb.testing;
