package org.vwb.core.api;

import org.osgi.annotation.versioning.ConsumerType;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * A model of one kind of virtual device, found by the {@link #id()} a configuration's {@code deviceModel} names.
 * Its {@link #family()} says which {@link org.vwb.core.api.family.DeviceFamily device family} carries its
 * requests: vwb's own are {@link EmulatedDeviceModel emulated}, {@link SyntheticDeviceModel synthetic} and
 * passthrough, and a plugin may add more. Served as a Declarative Services component; a device whose model
 * goes away is parked until a model with the same id comes back.
 *
 * @since 1.0
 */
@ConsumerType
public interface DeviceModel {

    /** The family of register-level models ({@link EmulatedDeviceModel}). */
    String EMULATED = "emulated";
    /** The family of ring-channel models ({@link SyntheticDeviceModel}). */
    String SYNTHETIC = "synthetic";
    /** The family of physical devices assigned to the guest, driven by its own driver. */
    String PASSTHROUGH = "passthrough";

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

    /**
     * The id of the {@link org.vwb.core.api.family.DeviceFamily} that carries this model's requests. By default
     * the family of the model's mode ({@link #EMULATED}, {@link #SYNTHETIC}, {@link #PASSTHROUGH}); a model of a
     * plugin's family names it, e.g. {@code sriov-vf}.
     */
    default String family() {
        return switch (mode()) {
            case EMULATED -> EMULATED;
            case SYNTHETIC -> SYNTHETIC;
            case PASSTHROUGH -> PASSTHROUGH;
            default -> mode().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
