package org.vwb.vendors.internal.products;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.Fact;
import org.vwb.core.api.VendorProfile;
import org.vwb.vendors.internal.ProductProfile;

/** Windows Server 2022 with Server Core: generation-2 VMs drop the legacy devices, generation 1 keeps them. */
@Component(service = VendorProfile.class)
public final class HyperV2022Profile extends ProductProfile {

    private static final String FOOTPRINT =
            "github.com/pwsh1996/WindowsResearch: a fresh Windows Server 2022 Server Core install from the "
            + "evaluation ISO fills a 6.12 GB VHD (9.47 GB with Desktop Experience), GB read as GiB";
    private static final String TRUSTED_CODE_RELEASE =
            "estimate: the 2008 R2 binary's size carried over, later hvix64.exe sizes are not in our "
            + "sources; ";

    public HyperV2022Profile() {
        super(HyperV.release("microsoft.hyperv-2022",
                "Microsoft Hyper-V (Windows Server 2022, Server Core)", 2021)
                .footprint(new Fact(6.12 * Sizes.GIB, "bytes", FOOTPRINT))
                .trustedCode(HyperV.trustedCode(TRUSTED_CODE_RELEASE)));
    }
}
