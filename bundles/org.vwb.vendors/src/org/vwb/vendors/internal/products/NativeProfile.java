package org.vwb.vendors.internal.products;

import static org.vwb.vendors.internal.Device.PHYSICAL_HBA;
import static org.vwb.vendors.internal.Device.PHYSICAL_NIC;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DriverPlacement;
import org.vwb.vendors.internal.DriverCoverage;
import org.vwb.vendors.internal.Product;
import org.vwb.vendors.internal.ProductProfile;

/**
 * No hypervisor: the same host and workload with the operating system's own driver on each physical device, the
 * baseline the literature gives its figures as a share of ("x% of native"). Every device runs natively whatever
 * mode a configuration names, so any configuration can be run under it ({@code vwb compare --vendors native.bare-metal}).
 * The placement is the hosted one only in name: the OS's drivers in its own kernel, a faulting driver taking the
 * whole machine down; no route is used, since nothing crosses a context. The sizes are those of a Linux
 * installation (the Debian kernel package the KVM profiles count), the OS that runs the workload natively.
 */
@Component(service = VendorProfile.class)
public final class NativeProfile extends ProductProfile {

    public NativeProfile() {
        super(Product.named(VendorProfile.BARE_METAL, "Bare metal (no hypervisor, the OS's own drivers)", 2026)
                .placements(DriverPlacement.HOST_OS, DriverPlacement.IN_HYPERVISOR, DriverPlacement.PARENT_PARTITION,
                        DriverPlacement.DRIVER_DOMAIN)
                .devices(PHYSICAL_NIC, PHYSICAL_HBA)
                .footprint(DebianHost.kernelWithAllDrivers("no hypervisor: the operating system alone is installed"))
                .trustedCode(DebianHost.kernelWithAllDrivers("the OS kernel is the most privileged code"))
                .drivers(DriverCoverage.generalPurposeOs(DebianHost.linuxDriversRule("the operating system")))
                .exitlessInterrupts(true));
    }
}
