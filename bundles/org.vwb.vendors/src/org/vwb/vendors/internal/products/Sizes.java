package org.vwb.vendors.internal.products;

/** Binary multiples, so that a figure published in MB or KiB is written as it was read. */
final class Sizes {

    static final double KIB = 1024;
    static final double MIB = 1024 * KIB;
    static final double GIB = 1024 * MIB;

    private Sizes() {
    }
}
