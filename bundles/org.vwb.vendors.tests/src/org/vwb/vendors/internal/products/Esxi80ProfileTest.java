package org.vwb.vendors.internal.products;

class Esxi80ProfileTest extends ProfileContract {

    Esxi80ProfileTest() {
        super(new Esxi80Profile());
    }
}
