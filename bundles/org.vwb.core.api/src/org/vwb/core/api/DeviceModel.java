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
     * A fresh instance of the device's interrupt moderation for one device (or one interrupt vector of it).
     *
     * @param rate the configuration's {@code interruptRate}: -1 = the product's own default policy, 0 = off,
     *             above 0 = at most that many interrupts per second
     * @since 1.2
     */
    default InterruptModeration interruptModeration(int rate) {
        return rate > 0 ? InterruptModeration.ratePerSecond(rate) : InterruptModeration.NONE;
    }

    /**
     * The guest driver versions whose register accesses this model tells apart, its default first (e.g.
     * {@code linux-6.1}, {@code linux-2.2}); empty when it models one driver.
     *
     * @since 1.2
     */
    default java.util.List<String> driverVersions() {
        return java.util.List.of();
    }

    /**
     * This device as the guest driver of {@code version} drives it: the same device with that driver's access
     * sequences. This model itself for its default version.
     *
     * @throws IllegalArgumentException for a version not in {@link #driverVersions()}
     * @since 1.2
     */
    default DeviceModel forDriver(String version) {
        if (!driverVersions().isEmpty() && driverVersions().get(0).equals(version)) {
            return this;
        }
        throw new IllegalArgumentException("device model '" + id() + "' knows no guest driver '" + version + "'"
                + (driverVersions().isEmpty() ? " (it models one driver)" : " (known: "
                        + String.join(", ", driverVersions()) + ")"));
    }

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
