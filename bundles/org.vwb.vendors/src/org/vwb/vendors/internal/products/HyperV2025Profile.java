package org.vwb.vendors.internal.products;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.Fact;
import org.vwb.core.api.VendorProfile;
import org.vwb.vendors.internal.ProductProfile;

/** Windows Server 2025 with Server Core; same architecture and catalogue as 2022. */
@Component(service = VendorProfile.class)
public final class HyperV2025Profile extends ProductProfile {

    private static final String FOOTPRINT =
            "estimate: the measured Windows Server 2022 Server Core install (6.12 GB VHD, "
            + "github.com/pwsh1996/WindowsResearch) carried over; no 2025 measurement in our sources";
    private static final String TRUSTED_CODE_RELEASE =
            "estimate: the 2008 R2 binary's size carried over, later hvix64.exe sizes are not in our "
            + "sources; ";

    public HyperV2025Profile() {
        super(HyperV.release("microsoft.hyperv-2025",
                "Microsoft Hyper-V (Windows Server 2025, Server Core)", 2024)
                .footprint(new Fact(6.12 * Sizes.GIB, "bytes", FOOTPRINT))
                .trustedCode(HyperV.trustedCode(TRUSTED_CODE_RELEASE)));
    }
}
