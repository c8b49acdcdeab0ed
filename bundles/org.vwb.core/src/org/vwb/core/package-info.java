/**
 * The API of vwb's simulated hypervisor core, and the service interfaces that plugins implement.
 *
 * <p>Plugins contribute {@link org.vwb.core.DeviceModel device models} ({@link org.vwb.core.EmulatedDeviceModel
 * emulated}: a register file and the guest driver's real access sequence; {@link org.vwb.core.SyntheticDeviceModel
 * synthetic}: a shared-memory ring channel), {@link org.vwb.core.DriverPlacementModel driver placements},
 * {@link org.vwb.core.VendorProfile vendor profiles} and {@link org.vwb.core.CostModel cost models}, each as a
 * Declarative Services component. Clients run configurations through the {@link org.vwb.core.Simulator} service
 * and observe them through {@link org.vwb.core.SimulationListener}; a running
 * {@link org.vwb.core.Simulation} accepts new configurations at safe points (hot-swap).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.core;
