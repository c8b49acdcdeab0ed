package org.vwb.vendors.internal.products;

import java.util.Collection;

import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.VendorProfile;
import org.vwb.testing.RegisteredServices;
import org.vwb.testing.VendorProfileContractTest;

/** The contract run on one profile, routed with the four placement models the framework registers. */
abstract class ProfileContract extends VendorProfileContractTest {

    private final VendorProfile profile;

    ProfileContract(VendorProfile profile) {
        this.profile = profile;
    }

    @Override
    protected final VendorProfile profile() {
        return profile;
    }

    @Override
    protected final Collection<DriverPlacementModel> placements() {
        return RegisteredServices.atLeast(getClass(), DriverPlacementModel.class, 4);
    }
}
