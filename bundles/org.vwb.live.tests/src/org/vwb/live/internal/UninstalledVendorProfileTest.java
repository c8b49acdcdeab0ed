package org.vwb.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vwb.core.api.VendorProfile;
import org.vwb.testing.core.StandIns;

/**
 * A run whose vendor profile was uninstalled waits with every device parked; a change set that moves it to an
 * installed profile is judged by the configuration it leads to, so it is applied and the devices run again.
 */
class UninstalledVendorProfileTest {

    private static final String GONE = "test.vendor.gone";

    private final LiveFixture fixture = new LiveFixture();

    @AfterEach
    void cleanUp() {
        fixture.close();
    }

    private static ShellCommands shell() {
        var context = FrameworkUtil.getBundle(UninstalledVendorProfileTest.class).getBundleContext();
        return context.getService(context.getServiceReference(ShellCommands.class));
    }

    /** The shell with a live run under vendor profile {@value #GONE}, once that profile was uninstalled. */
    private ShellCommands runParkedByItsUninstalledProfile(Path dir) throws Exception {
        ServiceRegistration<VendorProfile> gone = fixture.plugins.register(VendorProfile.class,
                new StandIns.Vendor(GONE));
        ShellCommands vwb = shell();
        vwb.load(LiveFixture.write(dir.resolve("c.vwb"), c -> c.getHypervisor().setVendorProfile(GONE)).toString());
        vwb.start("--speed", "max", "1h");
        gone.unregister();
        String parked = LiveFixture.awaitStatus(vwb, "vm1", s -> s.startsWith("parked"));
        assertTrue(parked.contains("vendor profile '" + GONE + "' was uninstalled"), parked);
        return vwb;
    }

    @Test
    void aRunParkedByItsUninstalledVendorProfileMovesToAnInstalledOneAndRunsOn(@TempDir Path dir) throws Exception {
        ShellCommands vwb = runParkedByItsUninstalledProfile(dir);

        String moved = vwb.set("vendor", StandIns.VENDOR);
        assertTrue(moved.startsWith("applied"), moved);
        assertEquals(StandIns.VENDOR, vwb.currentRun().snapshot().vendorProfile());
        assertEquals("active", LiveFixture.awaitStatus(vwb, "vm1", "active"::equals));
        assertEquals("active", LiveFixture.awaitStatus(vwb, "vm2", "active"::equals));
        assertTrue(LiveFixture.completesMore(vwb, "vm1"),
                "the moved run completes requests again");
        vwb.stop();
    }

    @Test
    void aChangeSetThatKeepsTheUninstalledVendorProfileIsStillRefused(@TempDir Path dir) throws Exception {
        ShellCommands vwb = runParkedByItsUninstalledProfile(dir);
        String refused = vwb.set("vm1", "vcpus", "2");
        assertTrue(refused.startsWith("refused") && refused.contains(GONE), refused);
        vwb.stop();
    }
}
