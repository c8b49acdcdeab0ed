package org.vwb.vendors.internal.products;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NativeProfileTest extends ProfileContract {

    NativeProfileTest() {
        super(new NativeProfile());
    }

    @Test
    void isTheBareMetalBaselineAndNoHypervisorIs() {
        assertTrue(new NativeProfile().bareMetal());
        assertFalse(new KvmVhostProfile().bareMetal());
        assertFalse(new Esxi35Profile().bareMetal());
    }
}
