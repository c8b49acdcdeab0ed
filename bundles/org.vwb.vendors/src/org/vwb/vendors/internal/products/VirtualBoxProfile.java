package org.vwb.vendors.internal.products;

import static org.vwb.vendors.internal.Device.*;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.Fact;
import org.vwb.core.api.Route;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DriverPlacement;
import org.vwb.vendors.internal.DriverCoverage;
import org.vwb.vendors.internal.Product;
import org.vwb.vendors.internal.ProductProfile;

/**
 * Oracle VirtualBox 7.0 on a Linux host: hosted; with VT-x/AMD-V its ring-0 monitor runs in the host kernel
 * (vboxdrv), no world switch since raw mode went in 6.1; device emulation, virtio-net included, in the per-VM
 * process.
 */
@Component(service = VendorProfile.class)
public final class VirtualBoxProfile extends ProductProfile {

    public VirtualBoxProfile() {
        super(Product.named("oracle.virtualbox", "Oracle VirtualBox 7.0", 2022)
                .placements(DriverPlacement.HOST_OS)
                .route(route -> new Route(ContextKind.WORKER, ContextKind.WORKER, ContextKind.PARENT, false))
                .devices(VIRTIO_NET, VIRTIO_SCSI, E1000, VLANCE, AHCI, IDE, LSILOGIC, LSISAS, BUSLOGIC, CDROM,
                        FLOPPY)
                .footprint(new Fact((DebianHost.KERNEL_KIB * Sizes.KIB) + 200 * Sizes.MIB, "bytes", "estimate: the"
                        + " Debian 12 host kernel (400,652 KiB, " + DebianHost.SOURCE.strip() + " linux-image) plus"
                        + " ~200 MB for VirtualBox itself, an order of magnitude not read in a source"))
                .trustedCode(DebianHost.kernelWithAllDrivers("estimate: VirtualBox's own kernel modules (vboxdrv,"
                        + " vboxnetflt) run there too and are not counted, their size is not in our sources"))
                .drivers(DriverCoverage.generalPurposeOs(DebianHost.linuxDriversRule("the host"))));
    }
}
