package org.vwb.vendors.internal.products;

class XenDriverDomainProfileTest extends ProfileContract {

    XenDriverDomainProfileTest() {
        super(new XenDriverDomainProfile());
    }
}
