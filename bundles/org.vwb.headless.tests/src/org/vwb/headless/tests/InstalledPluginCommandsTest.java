package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.PluginCalls;
import org.vwb.headless.ExitCodes;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.testing.PluginJar;
import org.vwb.testing.StandInFiles;
import org.vwb.testing.installable.InstalledNic;
import org.vwb.testing.installable.NeverReturningNic;
import org.vwb.testing.installable.ThrowingAtActivationNic;
import org.vwb.testing.installable.ThrowingInRequestNic;

/**
 * {@code vwb plugins install|uninstall} with real plugin jars, and the isolation of plugins installed that way: a
 * plugin that throws at activation is refused at install with one line naming it; one that throws in a request or
 * never returns fails only the run that used it, within the plugin time-out (300 ms here), named.
 */
class InstalledPluginCommandsTest extends StandInPluginTest {

    private static final Duration NEVER_HANGS = Duration.ofSeconds(120);

    @BeforeEach
    void ownStoreAndShortTimeout() {
        System.setProperty("vwb.plugins.area", dir.resolve("store").toString());
        System.setProperty("vwb.dropins", dir.resolve("dropins").toString());
        System.setProperty(PluginCalls.TIMEOUT_PROPERTY, "300ms");
    }

    @AfterEach
    void uninstallLeftovers() throws Exception {
        for (Bundle bundle : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
            if (bundle.getLocation().startsWith("vwb:")) {
                bundle.uninstall();
            }
        }
        System.clearProperty("vwb.plugins.area");
        System.clearProperty("vwb.dropins");
        System.clearProperty(PluginCalls.TIMEOUT_PROPERTY);
    }

    private static CliRun cli(Object... args) {
        return assertTimeoutPreemptively(NEVER_HANGS, () -> CliRun.of(args));
    }

    private Path jar(String name, Class<?> device) throws Exception {
        return PluginJar.named(name).component(device, DeviceModel.class).writeTo(dir.resolve("jars"));
    }

    /** The stand-in duel with the legacy VM's devices of one configuration (or all) on another device model. */
    private Path file(String model, String onlyConfiguration) throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        Model loaded = ModelFiles.load(file);
        for (Configuration configuration : loaded.getConfigurations()) {
            if (onlyConfiguration == null || configuration.getName().equals(onlyConfiguration)) {
                for (VirtualDevice device : configuration.getVirtualMachines().get(0).getDevices()) {
                    device.setDeviceModel(model);
                }
            }
        }
        ModelFiles.save(loaded, file);
        return file;
    }

    @Test
    void anInstalledDeviceModelIsListedUsableAndGoneAfterUninstall() throws Exception {
        Path jar = jar("org.example.nic", InstalledNic.class);
        Path file = file(InstalledNic.ID, null);

        CliRun install = cli("plugins", "install", jar);
        assertEquals(ExitCodes.OK, install.exit(), install::toString);
        assertEquals("installed plugin org.example.nic 1.0.0 from " + jar + " (to remove it: vwb plugins uninstall "
                + "org.example.nic)\n", install.out());

        CliRun listed = cli("plugins");
        assertTrue(listed.out().lines().anyMatch(l -> l.matches("device model +installed\\.nic +org\\.example\\.nic"
                + " +1\\.0\\.0 .*")), listed::toString);
        assertTrue(listed.out().lines().anyMatch(l -> l.matches("org\\.example\\.nic +1\\.0\\.0 +active +" + jar
                + " +vwb plugins uninstall org\\.example\\.nic *")), listed::toString);
        CliRun run = cli("run", file, "--config", "mono", "--duration", "1s");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);

        CliRun uninstall = cli("plugins", "uninstall", "org.example.nic");
        assertEquals(ExitCodes.OK, uninstall.exit(), uninstall::toString);
        assertEquals("uninstalled plugin org.example.nic 1.0.0\n", uninstall.out());
        CliRun refused = cli("run", file, "--config", "mono", "--duration", "1s");
        assertEquals(ExitCodes.FAILED, refused.exit(), refused::toString);
        assertTrue(refused.err().contains(InstalledNic.ID), refused::toString);
    }

    @Test
    void aPluginThatThrowsAtActivationIsRefusedWithOneLineNamingIt() throws Exception {
        Path jar = jar("org.example.unlicensed", ThrowingAtActivationNic.class);

        CliRun install = cli("plugins", "install", jar);

        assertEquals(ExitCodes.FAILED, install.exit(), install::toString);
        assertEquals(1, install.errLines().size(), install::toString);
        String line = install.errLines().get(0);
        assertTrue(line.startsWith("error: plugin org.example.unlicensed 1.0.0 (component "
                + ThrowingAtActivationNic.class.getName() + ") failed at activation: ") && line.contains(
                        "no licence for this host"), line);
        assertFalse(cli("plugins").out().contains("org.example.unlicensed"));
    }

    @Test
    void aPluginThatThrowsInARequestFailsOnlyTheRunThatUsedItNamingIt() throws Exception {
        cli("plugins", "install", jar("org.example.throwing", ThrowingInRequestNic.class));
        Path file = file(ThrowingInRequestNic.ID, "mono");

        CliRun compare = cli("compare", file, "--duration", "1s");

        assertEquals(ExitCodes.FAILED, compare.exit(), compare::toString);
        assertEquals(List.of("error: " + file + ": configuration 'mono': the run failed: device legacy-vm/net0: "
                + "device model '" + ThrowingInRequestNic.ID + "' (bundle org.example.throwing 1.0.0, component "
                + ThrowingInRequestNic.class.getName() + ") failed in emulate(): IllegalStateException: doorbell "
                + "written while the ring was not set up"), compare.errLines(), compare::toString);
        assertTrue(compare.out().lines().anyMatch(l -> l.matches(" +mono +split *")), compare::toString);
    }

    @Test
    void aPluginThatNeverReturnsFailsItsRunWithinTheTimeoutNamingIt() throws Exception {
        cli("plugins", "install", jar("org.example.stuck", NeverReturningNic.class));
        Path file = file(NeverReturningNic.ID, null);

        CliRun run = cli("run", file, "--config", "mono", "--duration", "1s");

        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertEquals(List.of("error: " + file + ": configuration 'mono': the run failed: "
                + "device model '" + NeverReturningNic.ID + "' (bundle org.example.stuck 1.0.0, component "
                + NeverReturningNic.class.getName() + ") did not answer emulate() within 300 ms"), run.errLines());
    }

    @Test
    void installAndUninstallWithoutTheirOperandAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, cli("plugins", "install").exit());
        assertEquals(ExitCodes.USAGE, cli("plugins", "uninstall").exit());
        CliRun missing = cli("plugins", "install", dir.resolve("none.jar"));
        assertEquals(ExitCodes.FAILED, missing.exit());
        assertEquals(List.of("error: " + dir.resolve("none.jar") + ": no such file or folder"), missing.errLines());
    }
}
