package org.vwb.vendors.internal.products;

class KvmQemuProfileTest extends ProfileContract {

    KvmQemuProfileTest() {
        super(new KvmQemuProfile());
    }
}
