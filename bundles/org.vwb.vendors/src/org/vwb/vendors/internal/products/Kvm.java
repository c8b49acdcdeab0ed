package org.vwb.vendors.internal.products;

import static org.vwb.vendors.internal.Device.*;

import org.vwb.core.api.Fact;
import org.vwb.model.DriverPlacement;
import org.vwb.vendors.internal.DriverCoverage;
import org.vwb.vendors.internal.Product;

/**
 * What both KVM profiles share (Linux 6.1 and QEMU 7.2 as Debian 12 ships them): hosted, kvm.ko in the host kernel,
 * QEMU as the per-VM worker, virtio plus QEMU's emulated e1000, rtl8139, ne2k_pci, IDE/AHCI, NVMe and floppy. They
 * differ only in where the virtio back ends run.
 */
final class Kvm {

    private Kvm() {
    }

    static Product release(String id, String name) {
        return Product.named(id, name, 2023)
                .placements(DriverPlacement.HOST_OS)
                // QEMU 7.2's -device list: ne2k_pci (hw/net/ne2000-pci.c) and nvme (hw/nvme, an NVMe 1.4
                // controller) next to the others; IDE stays the default emulated disk, as for -drive if=ide.
                .devices(VIRTIO_NET, VIRTIO_BLK, VIRTIO_SCSI, E1000, E1000E, RTL8139, NE2K_PCI, IDE, AHCI, NVME,
                        CDROM, FLOPPY)
                .footprint(new Fact((DebianHost.KERNEL_KIB + DebianHost.QEMU_KIB) * Sizes.KIB, "bytes",
                        "derived: " + DebianHost.SOURCE + "linux-image-6.1.0-56-amd64 400,652 KiB + qemu-system-x86"
                                + " 43,488 KiB = 444,140 KiB; the host distribution's userland is not counted"))
                .trustedCode(DebianHost.kernelWithAllDrivers("kvm.ko is part of that kernel; QEMU, a user process, is"
                        + " not counted"))
                .drivers(DriverCoverage.generalPurposeOs(DebianHost.linuxDriversRule("the host")))
                // Assigned devices' interrupts are posted to the guest (VT-d posted interrupts, AMD AVIC) in
                // current KVM; ELI (Gordon et al., ASPLOS 2012) showed the gain on KVM first.
                .exitlessInterrupts(true);
    }
}
