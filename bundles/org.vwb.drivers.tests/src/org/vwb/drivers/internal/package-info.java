/**
 * Tests of the driver placements: each runs the {@link org.vwb.testing.DriverPlacementModelContractTest contract}
 * and checks the switches its architecture is known for; one test checks that Felix SCR registers all four.
 */
package org.vwb.drivers.internal;
