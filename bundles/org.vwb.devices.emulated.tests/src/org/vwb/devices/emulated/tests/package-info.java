/**
 * Tests of the emulated device models: each model runs the emulated device contract of {@code org.vwb.testing} and
 * its own behaviour tests; {@link org.vwb.devices.emulated.tests.RegisteredEmulatedModelsTest} checks that Felix SCR
 * registers every model as a service.
 */
package org.vwb.devices.emulated.tests;
