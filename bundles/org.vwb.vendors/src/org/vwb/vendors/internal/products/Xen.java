package org.vwb.vendors.internal.products;

import static org.vwb.vendors.internal.Device.*;

import org.vwb.core.api.Fact;
import org.vwb.model.DriverPlacement;
import org.vwb.vendors.internal.DriverCoverage;
import org.vwb.vendors.internal.Product;

/**
 * What both Xen profiles share (Xen 4.17 with a Linux dom0, as Debian 12 ships it): netfront/blkfront to
 * netback/blkback in dom0 or in a driver domain, QEMU device models in dom0 for HVM guests. They differ only in
 * the default placement.
 */
final class Xen {

    private Xen() {
    }

    static Product release(String id, String name, DriverPlacement byDefault, DriverPlacement other) {
        return Product.named(id, name, 2022)
                .placements(byDefault, other)
                .devices(NETFRONT, BLKFRONT, E1000, RTL8139, NE2K_PCI, IDE, AHCI, CDROM, FLOPPY)
                .footprint(new Fact((DebianHost.XEN_KIB + DebianHost.XEN_UTILS_KIB + DebianHost.KERNEL_KIB
                        + DebianHost.QEMU_KIB) * Sizes.KIB, "bytes", "derived: " + DebianHost.SOURCE
                                + "xen-hypervisor-4.17-amd64 3,986 KiB + xen-utils-4.17 9,687 KiB + dom0 kernel"
                                + " linux-image-6.1.0-56-amd64 400,652 KiB + qemu-system-x86 43,488 KiB = 457,813 KiB;"
                                + " dom0's distribution userland is not counted"))
                // Lines, not bytes: no published factor turns one into the other, so the unit says lines.
                .trustedCode(new Fact(369_000, "lines of code (SLOC)", "xen/ tree of xen-project/xen (2026, 4.23-dev;"
                        + " 4.17 was not counted): about 369,000 lines without blanks and comments (557,000 physical"
                        + " lines) of .c/.h/.S, of which about 43,000 are device emulation inside the hypervisor"
                        + " (arch/x86/hvm) (docs/calibration.md, vendor facts). Counted like Hyper-V: the hypervisor only;"
                        + " dom0's kernel and drivers are trusted too but run outside the hypervisor"))
                .drivers(DriverCoverage.generalPurposeOs(DebianHost.linuxDriversRule("dom0 (or a driver domain)")))
                // VT-d posted interrupts for assigned devices since Xen 4.7 (to verify).
                .exitlessInterrupts(true);
    }
}
