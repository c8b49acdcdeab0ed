package org.vwb.vendors.internal.products;

class VirtualBoxProfileTest extends ProfileContract {

    VirtualBoxProfileTest() {
        super(new VirtualBoxProfile());
    }
}
