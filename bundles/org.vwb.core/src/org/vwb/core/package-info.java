/**
 * The client API of vwb's simulated hypervisor core: run, compare, explain and change configurations.
 *
 * <p>Clients run configurations through the {@link org.vwb.core.Simulator} service and observe them through
 * {@link org.vwb.core.SimulationListener}; a running {@link org.vwb.core.Simulation} accepts new configurations at
 * safe points (hot-swap), and {@link org.vwb.core.LiveRuns} keeps a live EMF model in step with one. The service
 * interfaces plugins implement are in bundle {@code org.vwb.core.api} (package {@link org.vwb.core.api}), which
 * this bundle re-exports.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.core;
