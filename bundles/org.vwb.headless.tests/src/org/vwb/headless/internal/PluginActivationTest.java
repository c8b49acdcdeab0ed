package org.vwb.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.vwb.report.ReportWriter;

class PluginActivationTest {

    private static Bundle bundle(String symbolicName) {
        return Arrays.stream(FrameworkUtil.getBundle(PluginActivation.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst().orElseThrow();
    }

    @Test
    void aPluginBundleStoppedInAnEarlierShellIsStartedAgainForTheNextCommand() throws Exception {
        Bundle reports = bundle("org.vwb.report");
        BundleStartLevel level = reports.adapt(BundleStartLevel.class);
        reports.stop(); // what 'stop N' typed in vwb shell does: persistent, kept in the user's cache
        try {
            assertFalse(level.isPersistentlyStarted());
            assertTrue(writers().isEmpty(), "stopped: no report writer");
            List<String> warnings = new ArrayList<>();
            PluginActivation.startComponentBundles(warnings::add);
            assertEquals(List.of(), warnings);
            assertTrue(level.isPersistentlyStarted() && level.isActivationPolicyUsed(),
                    "started again with its activation policy, as the installation starts it");
            assertTrue(awaitWriters(), "its components are back: the report writers are registered");
        } finally {
            reports.start(Bundle.START_ACTIVATION_POLICY);
        }
    }

    private static List<ReportWriter> writers() {
        return Services.all(ReportWriter.class);
    }

    /** Felix SCR may register a started bundle's components on its own thread: a bounded wait, not a race. */
    private static boolean awaitWriters() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (!writers().isEmpty()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
