/**
 * Building blocks for register-level models of real legacy devices: a {@link RegisterMap} of the device's
 * registers with what each access does ({@link RegisterBehaviour}: doorbells, write-one-to-clear and
 * read-to-clear status), an {@link AccessScript} that writes a guest driver's access sequence by register name,
 * a {@link DeviceSheet} for what the device says of itself, and {@link RegisterLevelDevice}, the base every emulated device model of vwb extends. A third party writes its
 * own emulated device the same way: a map, three scripts and a DS component.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.devices.emulated;
