package org.vwb.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.DeviceModel;
import org.vwb.plugins.InstalledPlugin;
import org.vwb.plugins.InstalledPlugin.Origin;
import org.vwb.plugins.Synchronization;
import org.vwb.testing.PluginJar;
import org.vwb.testing.installable.InstalledNic;

class DropinsAndRepositoriesTest extends InstallerTestBase {

    @Test
    void aJarDroppedInIsInstalledAndItsRemovalUninstallsIt() throws Exception {
        Path jar = PluginJar.named("org.example.dropped").component(InstalledNic.class, DeviceModel.class)
                .writeTo(fixture.dropins);

        Synchronization added = fixture.installer.synchronize();

        assertEquals(List.of("installed plugin org.example.dropped 1.0.0 from " + jar), added.changes());
        assertTrue(fixture.simulatorPlugins(InstalledNic.ID, true).contains(InstalledNic.ID));
        InstalledPlugin listed = fixture.installer.installed().get(0);
        assertEquals(Origin.DROPINS, listed.origin());
        assertEquals("delete " + jar, listed.howToRemove());

        Files.delete(jar);
        Synchronization removed = fixture.installer.synchronize();

        assertEquals(List.of("uninstalled plugin org.example.dropped 1.0.0 (removed from the dropins folder)"),
                removed.changes());
        assertFalse(fixture.simulatorPlugins(InstalledNic.ID, false).contains(InstalledNic.ID));
    }

    @Test
    void aBrokenDropinIsReportedOnceAndTheOthersStillArrive() throws Exception {
        PluginJar.named("org.example.lacking").importing("org.example.missing").writeTo(fixture.dropins);
        PluginJar.named("org.example.dropped").component(InstalledNic.class, DeviceModel.class)
                .writeTo(fixture.dropins);

        Synchronization first = fixture.installer.synchronize();
        Synchronization second = fixture.installer.synchronize();

        assertEquals(List.of("plugin org.example.lacking 1.0.0 does not resolve: requires package "
                + "org.example.missing, which no installed bundle provides"), first.problems());
        assertEquals(1, first.changes().size(), first.changes().toString());
        assertTrue(second.quiet(), second.toString());
        assertTrue(fixture.simulatorPlugins(InstalledNic.ID, true).contains(InstalledNic.ID));
    }

    @Test
    void aP2RepositoryIsInstalledFromItsArtifactIndex() throws Exception {
        Path repository = folder.resolve("repository");
        PluginJar.named("org.example.nic").component(InstalledNic.class, DeviceModel.class)
                .writeTo(repository.resolve("plugins"));
        Files.writeString(repository.resolve("artifacts.xml"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <?artifactRepository version='1.1.0'?>
                <repository name='example' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository'>
                  <artifacts size='2'>
                    <artifact classifier='osgi.bundle' id='org.example.nic' version='1.0.0'/>
                    <artifact classifier='org.eclipse.update.feature' id='org.example.feature' version='1.0.0'/>
                  </artifacts>
                </repository>
                """, StandardCharsets.UTF_8);

        List<InstalledPlugin> installed = fixture.installer.install(repository.toUri().toString());

        assertEquals(List.of("org.example.nic"), installed.stream().map(InstalledPlugin::symbolicName).toList());
        assertEquals(repository.toString(), installed.get(0).source());
        assertTrue(fixture.simulatorPlugins(InstalledNic.ID, true).contains(InstalledNic.ID));
    }
}
