package org.vwb.vendors.internal.products;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.Fact;
import org.vwb.core.api.VendorProfile;
import org.vwb.vendors.internal.ProductProfile;

/**
 * Windows Server 2008 R2 (2009) with Server Core, the Hyper-V of the classic 2009-2011 studies: the same devices
 * and placement as 2008; what R2 added (second-level address translation, VMQ, jumbo frames, live migration)
 * changes no mechanism vwb models yet. Its trusted code is the R2 hypervisor binary itself.
 */
@Component(service = VendorProfile.class)
public final class HyperV2008R2Profile extends ProductProfile {

    public HyperV2008R2Profile() {
        super(HyperV.release("microsoft.hyperv-2008-r2",
                "Microsoft Hyper-V (Windows Server 2008 R2, Server Core)", 2009)
                .footprint(new Fact(2 * Sizes.GIB, "bytes", "estimate: Windows Server 2008 Server Core's roughly"
                        + " 2 GB installed (the seed article; docs/calibration.md, vendor facts), GB read as GiB; R2's"
                        + " Server Core is the same installation option one release on, not measured here"))
                .trustedCode(HyperV.trustedCode("")));
    }
}
