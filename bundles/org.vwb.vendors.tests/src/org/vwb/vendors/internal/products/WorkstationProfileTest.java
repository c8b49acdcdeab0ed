package org.vwb.vendors.internal.products;

class WorkstationProfileTest extends ProfileContract {

    WorkstationProfileTest() {
        super(new WorkstationProfile());
    }
}
