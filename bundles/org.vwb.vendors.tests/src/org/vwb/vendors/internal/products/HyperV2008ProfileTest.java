package org.vwb.vendors.internal.products;

class HyperV2008ProfileTest extends ProfileContract {

    HyperV2008ProfileTest() {
        super(new HyperV2008Profile());
    }
}
