package org.vwb.vendors.internal.products;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DriverPlacement;
import org.vwb.vendors.internal.ProductProfile;

/** Xen with each device's driver and back end in a driver domain of its own, dom0 keeping QEMU and the toolstack. */
@Component(service = VendorProfile.class)
public final class XenDriverDomainProfile extends ProductProfile {

    public XenDriverDomainProfile() {
        super(Xen.release("xen.driver-domain", "Xen 4.17 with driver domains", DriverPlacement.DRIVER_DOMAIN,
                DriverPlacement.PARENT_PARTITION));
    }
}
