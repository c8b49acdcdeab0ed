package org.vwb.devices.synthetic;

import org.vwb.model.DeviceKind;

/**
 * What a paravirtual device says of itself: identity, sources and its channel's geometry.
 *
 * @param id                      the id configurations name, lower case
 * @param kind                    the device kind
 * @param description             one line for people
 * @param source                  specification sections and driver files the figures come from
 * @param ringSlots               requests the ring holds
 * @param descriptorBytes         bytes one request puts into the ring
 * @param copiesPayload           whether the back end copies the payload rather than reaching guest pages
 * @param suppressesNotifications whether the two sides suppress each other's notifications while busy
 * @param maxInFlight             requests outstanding at once; at most {@code ringSlots}
 */
public record RingSheet(String id, DeviceKind kind, String description, String source, int ringSlots,
        int descriptorBytes, boolean copiesPayload, boolean suppressesNotifications, int maxInFlight) {

    /** A device that can keep its whole ring in flight. */
    public RingSheet(String id, DeviceKind kind, String description, String source, int ringSlots,
            int descriptorBytes, boolean copiesPayload, boolean suppressesNotifications) {
        this(id, kind, description, source, ringSlots, descriptorBytes, copiesPayload, suppressesNotifications,
                ringSlots);
    }
}
