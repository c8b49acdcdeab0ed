package org.vwb.vendors.internal.products;

class KvmVhostProfileTest extends ProfileContract {

    KvmVhostProfileTest() {
        super(new KvmVhostProfile());
    }
}
