/**
 * Building blocks for paravirtual device models: {@link RingDevice}, the base of a device described by its shared
 * ring's geometry and what its back end does with the payload, with the {@link RingSheet} that states it.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.devices.synthetic;
