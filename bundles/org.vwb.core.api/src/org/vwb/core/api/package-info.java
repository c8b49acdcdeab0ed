/**
 * The service interfaces a vwb plugin implements, and the values they exchange with the engine.
 *
 * <p>A plugin contributes {@link org.vwb.core.api.DeviceModel device models} ({@link
 * org.vwb.core.api.EmulatedDeviceModel emulated}: a register file and the guest driver's real access sequence;
 * {@link org.vwb.core.api.SyntheticDeviceModel synthetic}: a shared-memory ring channel), {@link
 * org.vwb.core.api.DriverPlacementModel driver placements}, {@link org.vwb.core.api.VendorProfile vendor profiles}
 * and {@link org.vwb.core.api.CostModel cost models}, each as a Declarative Services component. This package and
 * its sub-packages are all a plugin compiles against (with the EMF model's enums, {@code org.vwb.model}); the
 * engine that calls them, and the client API that runs configurations ({@code org.vwb.core.Simulator}), live in
 * bundle {@code org.vwb.core}.
 *
 * <p>Versioning: the interfaces a plugin implements are {@code @ConsumerType}, so adding a method to one is a
 * major change; interfaces only the engine implements are {@code @ProviderType}.
 *
 * @since 1.0
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.vwb.core.api;
