package org.vwb.vendors.internal.products;

class HyperV2025ProfileTest extends ProfileContract {

    HyperV2025ProfileTest() {
        super(new HyperV2025Profile());
    }
}
