package org.example.sriov.tests;

import org.osgi.framework.BundleException;
import org.vwb.core.Simulator;
import org.vwb.testing.InstalledPlugins;

/** vwb's runtime in the test framework, started as the product starts it: every component bundle. */
final class VwbRuntime {

    private VwbRuntime() {
    }

    /** Starts the component bundles (vwb's placements, devices, cost models and this plugin) and returns the simulator. */
    static Simulator start(Class<?> caller) {
        try {
            return InstalledPlugins.start(caller, Simulator.class);
        } catch (BundleException e) {
            throw new IllegalStateException("a bundle of the test runtime did not start", e);
        }
    }
}
