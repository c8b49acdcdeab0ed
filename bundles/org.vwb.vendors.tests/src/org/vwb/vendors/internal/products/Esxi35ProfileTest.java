package org.vwb.vendors.internal.products;

class Esxi35ProfileTest extends ProfileContract {

    Esxi35ProfileTest() {
        super(new Esxi35Profile());
    }
}
