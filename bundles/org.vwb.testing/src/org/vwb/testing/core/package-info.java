/**
 * Stand-in plugins (a cost model, placements, two vendor profiles, an emulated NIC and a synthetic ring, all with
 * round numbers) and small configurations for them, for the tests of every bundle that runs simulations.
 */
package org.vwb.testing.core;
