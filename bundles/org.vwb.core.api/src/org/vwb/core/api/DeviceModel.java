package org.vwb.core.api;

import org.osgi.annotation.versioning.ConsumerType;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * A model of one kind of virtual device, found by the {@link #id()} a configuration's {@code deviceModel} names.
 * Implementations are either {@link EmulatedDeviceModel} or {@link SyntheticDeviceModel}; the core carries the
 * requests through the mechanisms they describe. Served as a Declarative Services component; a device whose model
 * goes away is parked until a model with the same id comes back.
 *
 * @since 1.0
 */
@ConsumerType
public interface DeviceModel {

    /** The id a configuration names, e.g. {@code dec21140}, {@code netvsc}. */
    String id();

    DeviceKind kind();

    DeviceMode mode();

    /** One line for people, e.g. {@code DEC 21140 "Tulip" 10/100 Ethernet, Hyper-V legacy network adapter}. */
    String description();

    /** Where the modelled behaviour comes from (datasheet, specification, driver source), for the report. */
    String source();

    /**
     * Requests the device can have in flight at once, e.g. 1 for an IDE channel without command queueing, the
     * descriptor ring size for a NIC.
     */
    int maxInFlight();
}
