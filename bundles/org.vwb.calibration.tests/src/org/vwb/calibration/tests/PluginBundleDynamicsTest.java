package org.vwb.calibration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vwb.core.DeviceResult;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulation;
import org.vwb.core.Simulator;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.testing.Examples;
import org.vwb.testing.InstalledPlugins;

/**
 * A real plugin bundle stopped and started again while a run is live: Felix SCR takes its device models away and
 * brings them back; the devices that use them are parked meanwhile and resume with their queued requests, the
 * others run on, and no request is lost.
 */
class PluginBundleDynamicsTest {

    private static Bundle bundle(String symbolicName) {
        return Arrays.stream(FrameworkUtil.getBundle(PluginBundleDynamicsTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst().orElseThrow();
    }

    private static void assertAccounted(RunResult result) {
        for (DeviceResult device : result.devices()) {
            assertEquals(device.issued(), device.completed() + device.inFlight() + device.waiting(),
                    device.vm() + "/" + device.device());
        }
    }

    @Test
    void stoppingTheEmulatedDevicesBundleParksLegacyDevicesUntilItIsStartedAgain() throws Exception {
        Simulator simulator = InstalledPlugins.start(PluginBundleDynamicsTest.class, Simulator.class);
        Model seed = ModelFiles.load(Examples.path("seed/esx-vs-hyperv.vwb"));
        Configuration hyperV = seed.getConfigurations().get(1);
        Simulation run = simulator.start(hyperV, RunOptions.seconds(3, 42));
        run.advanceTo(1_000_000_000L);
        Bundle emulated = bundle("org.vwb.devices.emulated");
        emulated.stop();
        try {
            RunResult parked = run.advanceTo(2_000_000_000L);
            DeviceResult legacyNic = parked.device("legacy-vm", "net0").orElseThrow();
            assertTrue(legacyNic.status().startsWith("parked"), legacyNic.status());
            assertTrue(legacyNic.waiting() > 100, "requests wait in the guest: " + legacyNic.waiting());
            assertEquals("active", parked.device("enlightened-vm", "net0").orElseThrow().status(),
                    "synthetic devices do not depend on that bundle");
            assertAccounted(parked);
        } finally {
            emulated.start(Bundle.START_ACTIVATION_POLICY);
        }
        RunResult end = run.runToEnd();
        DeviceResult resumed = end.device("legacy-vm", "net0").orElseThrow();
        assertEquals("active", resumed.status());
        assertTrue(resumed.waiting() < 50, "the queued requests were served: " + resumed.waiting() + " still waiting");
        assertEquals(RunResult.Status.COMPLETED, end.status(), end.failure());
        assertAccounted(end);
    }
}
