package org.vwb.drivers.internal;

/**
 * Where a context runs: its protection domain and whether in user mode (a worker process) or in the domain's
 * kernel.
 */
record Place(Domain domain, boolean userMode) {

    static Place kernelOf(Domain domain) {
        return new Place(domain, false);
    }

    static Place userProcessIn(Domain domain) {
        return new Place(domain, true);
    }
}
