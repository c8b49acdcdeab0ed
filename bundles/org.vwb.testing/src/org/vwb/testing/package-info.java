/**
 * Support for vwb's tests and for third parties' tests of their plugins: the bundled example files, and the
 * abstract contract tests that every implementation of a vwb service interface runs by subclassing
 * ({@link org.vwb.testing.DeviceModelContractTest} and its emulated and synthetic refinements), a
 * {@link org.vwb.testing.RegisterReplay} that plays emulated devices' access sequences without an engine, and a
 * look-up of the device models registered in the running framework.
 */
package org.vwb.testing;
