package org.vwb.core.api;

import org.vwb.model.DeviceKind;

/**
 * What a device model says of itself for people and for the engine's limits.
 *
 * @param id          the id configurations name, lower case
 * @param kind        the device kind
 * @param description one line for people
 * @param source      datasheet sections and driver functions the model follows
 * @param maxInFlight requests the device can have outstanding at once
 *
 * @since 1.0
 */
public record DeviceSheet(String id, DeviceKind kind, String description, String source, int maxInFlight) {
}
