/**
 * Support for vwb's tests and for third parties' tests of their plugins: the bundled example files, and the
 * abstract contract tests that every implementation of a vwb service interface runs by subclassing
 * ({@link org.vwb.testing.DeviceModelContractTest} and its emulated and synthetic refinements, {@link
 * org.vwb.testing.DeviceFamilyContractTest} for a plugin's device family), a
 * {@link org.vwb.testing.RegisterReplay} that plays emulated devices' access sequences without an engine, and a
 * look-up of the device models registered in the running framework;
 * ({@link org.vwb.testing.ReportWriterContractTest}), comparisons built by hand ({@link
 * org.vwb.testing.SampleComparisons}), stand-in plugins registered as real services ({@link
 * org.vwb.testing.StandInPlugins}) and a strict JSON parser with a schema check for machine output.
 *
 * <p>The bundle needs only the plugin API and the model; the report writers' and importers' contract tests and
 * {@link org.vwb.testing.SampleComparisons} also need {@code org.vwb.report}, {@code org.vwb.interchange} and
 * the client API {@code org.vwb.core}, which it imports optionally.
 */
package org.vwb.testing;
