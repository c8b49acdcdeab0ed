package org.example.sriov.tests;

import java.util.Collection;

import org.example.sriov.ExitlessSriovProfile;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.VendorProfile;
import org.vwb.testing.RegisteredServices;
import org.vwb.testing.VendorProfileContractTest;

/** The ELI profile keeps every promise vwb's own vendor profiles keep (the contract's final tests). */
class ExitlessSriovProfileTest extends VendorProfileContractTest {

    @Override
    protected VendorProfile profile() {
        return new ExitlessSriovProfile();
    }

    @Override
    protected Collection<DriverPlacementModel> placements() {
        VwbRuntime.start(getClass());
        return RegisteredServices.atLeast(getClass(), DriverPlacementModel.class, 4);
    }
}
