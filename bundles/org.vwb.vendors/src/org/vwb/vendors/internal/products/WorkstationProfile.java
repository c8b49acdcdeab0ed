package org.vwb.vendors.internal.products;

import static org.vwb.vendors.internal.Device.*;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.Route;
import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.Fact;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DriverPlacement;
import org.vwb.vendors.internal.DriverCoverage;
import org.vwb.vendors.internal.Product;
import org.vwb.vendors.internal.ProductProfile;

/**
 * VMware Workstation 2.0, the hosted VMM of Sugerman et al. (USENIX ATC 2001): the monitor runs in a world of its
 * own and reaches the host by a world switch; VMApp, a host process, emulates the devices and does the I/O through
 * the host OS's drivers (a Lance transmit ends in a write() to the host's VMNet driver).
 */
@Component(service = VendorProfile.class)
public final class WorkstationProfile extends ProductProfile {

    public WorkstationProfile() {
        super(Product.named("vmware.workstation", "VMware Workstation 2.0 (hosted)", 2000)
                .placements(DriverPlacement.HOST_OS)
                .route(route -> new Route(ContextKind.WORKER, ContextKind.WORKER, ContextKind.PARENT, true))
                .devices(VLANCE, IDE, BUSLOGIC, CDROM, FLOPPY)
                .footprint(new Fact(10 * Sizes.MIB, "bytes", "estimate: order of magnitude of the Workstation 2.0"
                        + " package (VMApp, monitor, vmmon and vmnet drivers), not read in a source; the host OS it"
                        + " needs is not counted"))
                .trustedCode(new Fact(10 * Sizes.MIB, "bytes", "estimate: a 2000-era host kernel (Linux 2.2 or"
                        + " Windows NT) with its drivers, plus the vmmon driver, all in the most privileged context;"
                        + " order of magnitude only, not read in a source"))
                .drivers(DriverCoverage.generalPurposeOs("rule, not a count: every device the host OS (Linux or"
                        + " Windows) has a driver for, since VMApp and the host kernel do the I/O (Sugerman et al."
                        + " 2001)")));
    }
}
