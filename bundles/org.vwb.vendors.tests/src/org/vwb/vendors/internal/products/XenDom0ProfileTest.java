package org.vwb.vendors.internal.products;

class XenDom0ProfileTest extends ProfileContract {

    XenDom0ProfileTest() {
        super(new XenDom0Profile());
    }
}
