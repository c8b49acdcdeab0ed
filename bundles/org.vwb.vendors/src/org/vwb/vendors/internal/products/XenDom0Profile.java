package org.vwb.vendors.internal.products;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DriverPlacement;
import org.vwb.vendors.internal.ProductProfile;

/** Xen with back ends and drivers in dom0, the parent partition: the usual deployment. */
@Component(service = VendorProfile.class)
public final class XenDom0Profile extends ProductProfile {

    public XenDom0Profile() {
        super(Xen.release("xen.dom0", "Xen 4.17 with drivers in dom0", DriverPlacement.PARENT_PARTITION,
                DriverPlacement.DRIVER_DOMAIN));
    }
}
