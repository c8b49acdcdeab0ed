package org.vwb.vendors.internal.products;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.Fact;
import org.vwb.core.api.VendorProfile;
import org.vwb.vendors.internal.ProductProfile;

/** Windows Server 2008 with the Server Core installation, the seed article's Hyper-V. */
@Component(service = VendorProfile.class)
public final class HyperV2008Profile extends ProductProfile {

    private static final String FOOTPRINT =
            "Hyper-V on Windows Server 2008 with Server Core: roughly 2 GB installed (the seed article; "
            + "docs/calibration.md, vendor facts), GB read as GiB";
    private static final String TRUSTED_CODE_RELEASE =
            "the R2 binary (2009) stands in for 2008's: ";

    public HyperV2008Profile() {
        super(HyperV.release("microsoft.hyperv-2008",
                "Microsoft Hyper-V (Windows Server 2008, Server Core)", 2008)
                .footprint(new Fact(2 * Sizes.GIB, "bytes", FOOTPRINT))
                .trustedCode(HyperV.trustedCode(TRUSTED_CODE_RELEASE)));
    }
}
