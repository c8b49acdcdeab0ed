package org.vwb.core.api;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/**
 * One hypervisor product and release as its vendor ships it: where it puts drivers, which devices it offers,
 * and the static facts (footprint, trusted code, driver catalogue) with their sources.
 *
 * @since 1.0
 */
@ConsumerType
public interface VendorProfile {

    /** The id of the bare-metal baseline: no hypervisor, the operating system's own drivers. */
    String BARE_METAL = "native.bare-metal";

    /** The id a hypervisor's {@code vendorProfile} names, e.g. {@code vmware.esxi-3.5}. */
    String id();

    /** Product and release for people, e.g. {@code VMware ESXi 3.5}. */
    String name();

    int releaseYear();

    DriverPlacement defaultPlacement();

    Set<DriverPlacement> supportedPlacements();

    /**
     * Where this product runs emulators, back ends and drivers under a placement: the placement's default route,
     * refined where the product differs (KVM without vhost runs virtio back ends in QEMU, a worker).
     */
    Route route(DriverPlacementModel placement);

    /** The device models this product offers a VM, by id, with their mode. */
    Map<String, DeviceMode> deviceCatalogue();

    /** The device model this product gives a VM of a kind in a mode by default, if it offers one. */
    Optional<String> defaultDeviceModel(DeviceKind kind, DeviceMode mode);

    /** Installed footprint of the hypervisor (with its management partition where it needs one), in bytes. */
    Fact footprintBytes();

    /** Code running in the most privileged context (hypervisor, plus drivers when they live there), in bytes. */
    Fact trustedCodeBytes();

    /** How many physical device drivers the product can use, and whose (certified list, general OS). */
    Fact driverCatalogue();

    /**
     * Whether the product has a driver for a physical device, judged from its PCI id ({@code vvvv:dddd}); a
     * certified-list product knows fewer devices than one that reuses a general OS's drivers.
     */
    boolean hasDriverFor(String pciId, DeviceKind kind);

    /** Whether an assigned device's interrupts reach the guest without exits (posted interrupts, ELI). */
    boolean exitlessInterrupts();

    /**
     * A fresh instance of the interrupt moderation a virtual device of {@code model} gets under this product, for
     * one device (or one interrupt vector of it). By default the device's own ({@link
     * DeviceModel#interruptModeration(int)}); a product whose hypervisor moderates the interrupts of some of its
     * virtual devices itself answers that policy for {@code rate} -1 (ESX's vIC for its virtual SCSI controllers,
     * which QEMU or VirtualBox emulating the same controller do not have).
     *
     * @param model the device's model, as the configuration names it
     * @param rate  the configuration's {@code interruptRate}: -1 = the product's own default policy, 0 = off, above
     *              0 = at most that many interrupts per second
     * @since 1.3
     */
    default InterruptModeration interruptModeration(DeviceModel model, int rate) {
        return model.interruptModeration(rate);
    }

    /**
     * Whether this profile is no hypervisor at all: the same host and workload with the operating system's own
     * driver on each physical device, the baseline papers give figures as a share of. Every device of a
     * configuration under such a profile runs natively, whatever mode it names.
     */
    default boolean bareMetal() {
        return BARE_METAL.equals(id());
    }
}
