package org.vwb.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.DeviceModel;
import org.vwb.plugins.InstallException;
import org.vwb.plugins.InstalledPlugin;
import org.vwb.testing.PluginJar;
import org.vwb.testing.installable.InstalledNic;
import org.vwb.testing.installable.ThrowingAtActivationNic;

class PluginInstallerTest extends InstallerTestBase {

    private Path nicJar(Path into) throws Exception {
        return PluginJar.named("org.example.nic").component(InstalledNic.class, DeviceModel.class).writeTo(into);
    }

    @Test
    void anInstalledJarsDeviceModelReachesTheSimulatorAndLeavesWithUninstall() throws Exception {
        List<InstalledPlugin> installed = fixture.installer.install(nicJar(folder.resolve("jars")).toString());

        assertEquals("org.example.nic", installed.get(0).symbolicName());
        assertTrue(fixture.simulatorPlugins(InstalledNic.ID, true).contains(InstalledNic.ID));
        assertEquals("vwb plugins uninstall org.example.nic", installed.get(0).howToRemove());

        fixture.installer.uninstall(List.of("org.example.nic"));

        assertFalse(fixture.simulatorPlugins(InstalledNic.ID, false).contains(InstalledNic.ID));
        assertNull(InstallerFixture.bundle("org.example.nic"));
        assertTrue(fixture.installer.installed().isEmpty());
    }

    @Test
    void anInstalledPluginIsRecordedWithItsSourceAndComesBackWhenTheFrameworkLostIt() throws Exception {
        Path jar = nicJar(folder.resolve("jars"));
        fixture.installer.install(jar.toString());
        Files.delete(jar);
        InstallerFixture.bundle("org.example.nic").uninstall();

        List<String> changes = fixture.installer.synchronize().changes();

        assertEquals(List.of("installed plugin org.example.nic 1.0.0 from " + fixture.store.resolve("bundles")
                .resolve("org.example.nic_1.0.0.jar")), changes);
        InstalledPlugin listed = fixture.installer.installed().get(0);
        assertEquals(jar.toString(), listed.source());
        assertEquals("active", listed.state(), "activated once when it was checked");
        assertTrue(fixture.simulatorPlugins(InstalledNic.ID, true).contains(InstalledNic.ID));
    }

    @Test
    void aBundleThatDoesNotResolveIsNamedWithWhatItLacksAndNothingStaysInstalled() throws Exception {
        Path jars = folder.resolve("jars");
        nicJar(jars);
        PluginJar.named("org.example.lacking").importing("org.example.missing;version=\"[1.0,2.0)\"").writeTo(jars);

        InstallException refused = assertThrows(InstallException.class,
                () -> fixture.installer.install(jars.toString()));

        assertEquals(List.of("plugin org.example.lacking 1.0.0 does not resolve: requires package "
                + "org.example.missing [1.0.0,2.0.0), which no installed bundle provides"), refused.reasons());
        assertNull(InstallerFixture.bundle("org.example.lacking"));
        assertNull(InstallerFixture.bundle("org.example.nic"), "all or nothing: the good jar went too");
        assertTrue(fixture.installer.installed().isEmpty());
    }

    @Test
    void aComponentThatThrowsAtActivationIsNamedAndItsPluginUninstalled() throws Exception {
        Path jar = PluginJar.named("org.example.unlicensed").component(ThrowingAtActivationNic.class,
                DeviceModel.class).writeTo(folder);

        InstallException refused = assertThrows(InstallException.class,
                () -> fixture.installer.install(jar.toString()));

        assertEquals(1, refused.reasons().size(), refused.getMessage());
        String reason = refused.reasons().get(0);
        assertTrue(reason.contains("org.example.unlicensed") && reason.contains(ThrowingAtActivationNic.class
                .getName()) && reason.contains("no licence for this host"), reason);
        assertNull(InstallerFixture.bundle("org.example.unlicensed"));
        assertFalse(fixture.simulatorPlugins(ThrowingAtActivationNic.ID, false).contains(ThrowingAtActivationNic.ID));
    }

    @Test
    void aPluginCannotReplaceABundleOfVwb() throws Exception {
        Path jar = PluginJar.named("org.vwb.core").version("9.0.0").writeTo(folder);

        InstallException refused = assertThrows(InstallException.class,
                () -> fixture.installer.install(jar.toString()));

        assertEquals(List.of(jar + ": bundle org.vwb.core is part of vwb; a plugin cannot replace it"),
                refused.reasons());
    }

    @Test
    void installingAnInstalledPluginAgainSaysHowToRemoveItFirst() throws Exception {
        Path jar = nicJar(folder);
        fixture.installer.install(jar.toString());

        InstallException refused = assertThrows(InstallException.class,
                () -> fixture.installer.install(jar.toString()));

        assertTrue(refused.getMessage().endsWith("to replace it: vwb plugins uninstall org.example.nic"),
                refused.getMessage());
    }

    @Test
    void uninstallingWhatIsNotAnInstalledPluginChangesNothingAndSaysWhy() throws Exception {
        fixture.installer.install(nicJar(folder).toString());

        InstallException refused = assertThrows(InstallException.class,
                () -> fixture.installer.uninstall(List.of("org.example.nic", "org.vwb.core", "org.example.none")));

        assertEquals(List.of("bundle org.vwb.core is part of vwb, not an installed plugin",
                "no plugin org.example.none is installed (installed: org.example.nic)"), refused.reasons());
        assertTrue(fixture.simulatorPlugins(InstalledNic.ID, true).contains(InstalledNic.ID));
    }

    @Test
    void onlyLocalSourcesAreInstalled() {
        InstallException refused = assertThrows(InstallException.class,
                () -> fixture.installer.install("https://example.org/repository"));

        assertTrue(refused.getMessage().startsWith("https://example.org/repository: only local plugins"),
                refused.getMessage());
    }
}
