package org.vwb.vendors.internal.products;

class HyperV2022ProfileTest extends ProfileContract {

    HyperV2022ProfileTest() {
        super(new HyperV2022Profile());
    }
}
