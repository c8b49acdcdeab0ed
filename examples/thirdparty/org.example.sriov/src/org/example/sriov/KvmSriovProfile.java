package org.example.sriov;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.Fact;
import org.vwb.core.api.Route;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/**
 * A KVM host (Linux 6.1, QEMU 7.2, as Debian 12 ships them) whose NIC's virtual functions are assigned to guests.
 * Its catalogue offers the plugin's own {@link VirtualFunctionNic virtual function} besides KVM's emulated and
 * virtio devices. The two profiles differ only in how an assigned device's interrupt reaches the guest.
 */
abstract class KvmSriovProfile implements VendorProfile {

    /** Debian 12 package Installed-Size, {@code apt-cache show} (Nov 2026): linux-image-6.1.0-56-amd64. */
    private static final double KERNEL_KIB = 400_652;
    /** The same source: qemu-system-x86 1:7.2+dfsg-7+deb12u18+b3. */
    private static final double QEMU_KIB = 43_488;
    private static final String DEBIAN = "Debian 12 package Installed-Size (apt-cache show, Nov 2026): ";

    private final String id;
    private final String name;
    private final boolean exitless;

    KvmSriovProfile(String id, String name, boolean exitless) {
        this.id = id;
        this.name = name;
        this.exitless = exitless;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int releaseYear() {
        return 2023; // Debian 12 "bookworm", June 2023
    }

    @Override
    public final DriverPlacement defaultPlacement() {
        return DriverPlacement.HOST_OS;
    }

    @Override
    public final Set<DriverPlacement> supportedPlacements() {
        return Set.of(DriverPlacement.HOST_OS);
    }

    @Override
    public final Route route(DriverPlacementModel placement) {
        if (placement.placement() != DriverPlacement.HOST_OS) {
            throw new IllegalArgumentException(name + " is hosted: it does not support " + placement.placement());
        }
        return placement.defaultRoute();
    }

    @Override
    public final Map<String, DeviceMode> deviceCatalogue() {
        return Map.of("virtio-net", DeviceMode.SYNTHETIC, "virtio-blk", DeviceMode.SYNTHETIC, "e1000",
                DeviceMode.EMULATED, VirtualFunctionNic.ID, DeviceMode.PASSTHROUGH);
    }

    @Override
    public final Optional<String> defaultDeviceModel(DeviceKind kind, DeviceMode mode) {
        if (mode == DeviceMode.SYNTHETIC) {
            return Optional.ofNullable(kind == DeviceKind.NETWORK ? "virtio-net"
                    : kind == DeviceKind.BLOCK ? "virtio-blk" : null);
        }
        if (kind != DeviceKind.NETWORK) {
            return Optional.empty();
        }
        return Optional.ofNullable(mode == DeviceMode.EMULATED ? "e1000"
                : mode == DeviceMode.PASSTHROUGH ? VirtualFunctionNic.ID : null);
    }

    @Override
    public final Fact footprintBytes() {
        return new Fact((KERNEL_KIB + QEMU_KIB) * 1024, "bytes", DEBIAN + "linux-image-6.1.0-56-amd64 400,652 KiB"
                + " + qemu-system-x86 43,488 KiB; the distribution's userland is not counted");
    }

    @Override
    public final Fact trustedCodeBytes() {
        return new Fact(KERNEL_KIB * 1024, "bytes", DEBIAN + "linux-image-6.1.0-56-amd64 400,652 KiB: kvm.ko and "
                + "the NIC's physical-function driver run in that kernel; an upper bound, a host loads only the "
                + "modules its devices need");
    }

    @Override
    public final Fact driverCatalogue() {
        return new Fact(6, "SR-IOV NIC driver families", "estimate: the virtual-function drivers in Linux 6.1's "
                + "drivers/net/ethernet (ixgbevf, igbvf, iavf, mlx5_core, bnxt_en, qede), counted by hand");
    }

    @Override
    public final boolean hasDriverFor(String pciId, DeviceKind kind) {
        return kind == DeviceKind.NETWORK || kind == DeviceKind.BLOCK;
    }

    @Override
    public final boolean exitlessInterrupts() {
        return exitless;
    }
}
