package org.vwb.vendors.internal.products;

import static org.vwb.vendors.internal.Device.*;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.Fact;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DriverPlacement;
import org.vwb.vendors.internal.DriverCoverage;
import org.vwb.vendors.internal.Product;
import org.vwb.vendors.internal.ProductProfile;

/**
 * Xen 3.0 (December 2005), the Xen Apparao, Makineni and Newell characterized (VTDC 2006): netfront/netback and blkfront/blkback to dom0 or an isolated driver domain
 * (Fraser et al., OASIS 2004), and HVM guests for the first time, on Intel VT, with QEMU 0.8's device models in
 * dom0: NE2000 PCI by default, RTL8139, PIIX IDE, floppy. QEMU's e1000 (0.9.1, 2008) and AHCI (0.14, 2011) came
 * later; so did posted interrupts.
 */
@Component(service = VendorProfile.class)
public final class Xen30Profile extends ProductProfile {

    public Xen30Profile() {
        super(Product.named("xen.3.0", "Xen 3.0 with drivers in dom0", 2005)
                .placements(DriverPlacement.PARENT_PARTITION, DriverPlacement.DRIVER_DOMAIN)
                .devices(NETFRONT, BLKFRONT, NE2K_PCI, RTL8139, IDE, CDROM, FLOPPY)
                .footprint(new Fact(64 * Sizes.MIB, "bytes", "estimate: a compressed Xen 3.0 image (xen.gz) of"
                        + " well under 1 MB, a Linux 2.6.16 dom0 kernel with its modules of about 50 MB and QEMU's"
                        + " device models of a few MB; dom0's distribution userland not counted, as for Xen 4.17"))
                .trustedCode(new Fact(100_000, "lines of code (SLOC)", "estimate: Xen 3.0's hypervisor was a"
                        + " fraction of today's 369,000 lines (docs/calibration.md, vendor facts), having neither"
                        + " the HVM emulation grown since nor IOMMU, ARM and later x86 support; order of magnitude"
                        + " only. Counted like Xen 4.17: the hypervisor; dom0 is trusted too but outside it"))
                .drivers(DriverCoverage.generalPurposeOs(DebianHost.linuxDriversRule("dom0 (or a driver domain)"))));
    }
}
