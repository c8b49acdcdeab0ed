package org.vwb.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.DeviceResult;
import org.vwb.core.Simulator;
import org.vwb.plugins.InstallException;
import org.vwb.testing.PluginJar;
import org.vwb.testing.installable.InstalledNic;

/**
 * {@code vwb:install} and {@code vwb:uninstall} while a live run goes on: the next change set can use the new
 * device model, uninstalling it parks the device that uses it, as a stopped bundle does, and installing it again
 * resumes that device.
 */
class ShellPluginInstallTest {

    @TempDir
    Path dir;
    private LiveFixture fixture;

    @BeforeEach
    void setUp() {
        System.setProperty("vwb.plugins.area", dir.resolve("store").toString());
        System.setProperty("vwb.dropins", dir.resolve("dropins").toString());
        fixture = new LiveFixture();
    }

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
        for (Bundle bundle : context().getBundles()) {
            if (bundle.getLocation().startsWith("vwb:")) {
                bundle.uninstall();
            }
        }
        System.clearProperty("vwb.plugins.area");
        System.clearProperty("vwb.dropins");
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(ShellPluginInstallTest.class).getBundleContext();
    }

    private static <T> T service(Class<T> type) {
        return context().getService(context().getServiceReference(type));
    }

    /** Starts a live run of the two-VM file; returns a plugin jar of {@link InstalledNic}, not installed yet. */
    private Path startRunBesideANicPlugin(ShellCommands vwb) throws Exception {
        vwb.load(LiveFixture.write(dir.resolve("c.vwb"), c -> { }).toString());
        vwb.start("--speed", "max", "1h");
        return PluginJar.named("org.example.nic").component(InstalledNic.class, DeviceModel.class)
                .writeTo(dir.resolve("jars"));
    }

    @Test
    void aDeviceModelInstalledDuringALiveRunServesItsNextChangeSetAndItsUninstallParksTheDevice() throws Exception {
        ShellCommands vwb = service(ShellCommands.class);
        PluginShellCommands plugins = service(PluginShellCommands.class);
        Path jar = startRunBesideANicPlugin(vwb);

        assertEquals("installed plugin org.example.nic 1.0.0 from " + jar + " (to remove it: vwb:uninstall "
                + "org.example.nic)", plugins.install(jar.toString()));
        String applied = vwb.set("vm1/net0", "model", InstalledNic.ID);
        assertTrue(applied.startsWith("applied") && applied.contains("-> " + InstalledNic.ID), applied);

        assertEquals("uninstalled plugin org.example.nic 1.0.0", plugins.uninstall("org.example.nic"));
        String status = LiveFixture.awaitStatus(vwb, "vm1", s -> s.startsWith("parked"));
        assertTrue(status.startsWith("parked"), status);
        assertTrue(vwb.currentRun().snapshot().device("vm2", "net0").map(DeviceResult::status).orElse("")
                .equals("active"), "the other VM's device runs on");
        vwb.stop();
    }

    @Test
    void reinstallingAnUninstalledDeviceModelResumesTheParkedDeviceAndTheRunGoesOn() throws Exception {
        ShellCommands vwb = service(ShellCommands.class);
        PluginShellCommands plugins = service(PluginShellCommands.class);
        Path jar = startRunBesideANicPlugin(vwb);
        plugins.install(jar.toString());
        String applied = vwb.set("vm1/net0", "model", InstalledNic.ID);
        assertTrue(applied.startsWith("applied"), applied);

        for (int round = 1; round <= 3; round++) {
            plugins.uninstall("org.example.nic");
            String parked = LiveFixture.awaitStatus(vwb, "vm1", s -> s.startsWith("parked"));
            assertTrue(parked.startsWith("parked"), "round " + round + ": " + parked);

            plugins.install(jar.toString());
            assertEquals(List.of(), service(Simulator.class).pluginProblems(), "round " + round);
            assertEquals("active", LiveFixture.awaitStatus(vwb, "vm1", "active"::equals),
                    "round " + round + ": the reinstalled model takes the device back");
            long simulated = vwb.currentRun().snapshot().simulatedNanos();
            assertTrue(LiveFixture.completesMore(vwb, "vm1"),
                    "round " + round + ": the resumed device completes requests");
            assertTrue(vwb.currentRun().snapshot().simulatedNanos() > simulated,
                    "round " + round + ": simulated time goes on");
        }
        vwb.stop();
    }

    @Test
    void aRefusedInstallIsOneLineNamingTheJar() {
        InstallException refused = assertThrows(InstallException.class,
                () -> service(PluginShellCommands.class).install(dir.resolve("none.jar").toString()));
        assertEquals(dir.resolve("none.jar") + ": no such file or folder", ShellErrors.message("vwb:install x",
                refused).substring("vwb:install: ".length()));
    }
}
