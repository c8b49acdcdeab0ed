/**
 * Device families: how the engine carries a request of a device model. A {@link
 * org.vwb.core.api.family.DeviceFamily} is a Declarative Services component found by the id a device model's
 * {@link org.vwb.core.api.DeviceModel#family()} names. vwb's own three register through it ({@code emulated}: a
 * register file whose trapping accesses are VM exits; {@code synthetic}: a shared-memory ring channel;
 * {@code passthrough}: a physical device assigned whole), and a plugin adds a family of its own by composing its
 * path from {@link org.vwb.core.api.family.Stage stages} the engine runs: work on a context's processor, priced
 * {@link org.vwb.core.api.family.Charge charges}, and the physical device's transfer.
 *
 * @since 1.0
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.vwb.core.api.family;
