/**
 * vwb's own device families, registered as {@link org.vwb.core.api.family.DeviceFamily} services like any
 * plugin's: {@code emulated}, {@code synthetic} and {@code passthrough}. Their paths are the engine's own
 * (register files, ring channels, an assigned device), reached through the engine's {@link
 * org.vwb.core.internal.families.EngineSite}; a plugin's family composes stages instead.
 */
package org.vwb.core.internal.families;
