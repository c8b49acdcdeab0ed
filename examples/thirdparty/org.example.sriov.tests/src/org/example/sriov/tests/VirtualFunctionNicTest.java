package org.example.sriov.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.example.sriov.VirtualFunctionNic;
import org.junit.jupiter.api.Test;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceMode;
import org.vwb.testing.DeviceModelContractTest;
import org.vwb.testing.RegisteredServices;

/**
 * The virtual function's device model keeps what every device model promises (the contract's final tests), and
 * vwb's own KVM profiles offer it once it is installed.
 */
class VirtualFunctionNicTest extends DeviceModelContractTest {

    @Override
    protected DeviceModel model() {
        return new VirtualFunctionNic();
    }

    @Test
    void vwbsKvmProfilesOfferTheInstalledVirtualFunctionAndOtherVendorsDoNot() {
        VwbRuntime.start(getClass());
        for (VendorProfile profile : RegisteredServices.atLeast(getClass(), VendorProfile.class, 12)) {
            DeviceMode offered = profile.deviceCatalogue().get(VirtualFunctionNic.ID);
            boolean kvm = profile.id().startsWith("kvm.") || profile.id().startsWith("example.kvm-sriov");
            assertEquals(kvm ? DeviceMode.PASSTHROUGH : null, offered, profile.id());
        }
    }
}
