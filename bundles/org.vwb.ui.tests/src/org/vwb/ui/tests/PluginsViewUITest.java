package org.vwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.core.api.DeviceModel;
import org.vwb.testing.PluginJar;
import org.vwb.testing.installable.InstalledNic;
import org.vwb.ui.PartIds;
import org.vwb.ui.internal.views.PluginsPart;

/** The Plugins view installs and uninstalls a plugin jar while the workbench runs: its device model comes and goes. */
class PluginsViewUITest {

    @Test
    void aJarInstalledFromThePluginsViewShowsItsDeviceModelAndLeavesWithUninstall(@TempDir Path folder)
            throws Exception {
        Workbench workbench = new Workbench();
        PluginsPart plugins = workbench.show(PartIds.PLUGINS, PluginsPart.class);
        Path jar = PluginJar.named("org.example.viewnic").component(InstalledNic.class, DeviceModel.class)
                .writeTo(folder);

        CompletableFuture<String> install = plugins.install(jar.toString());
        workbench.waitUntil("the install", install::isDone);
        assertEquals("installed org.example.viewnic 1.0.0 from " + jar, install.get());
        workbench.waitUntil("the device model in the list", () -> listed(plugins, InstalledNic.ID));
        assertEquals("org.example.viewnic", plugins.installed().getTable().getItem(0).getText(0));
        assertTrue(plugins.status().startsWith("installed org.example.viewnic"), plugins.status());

        CompletableFuture<String> uninstall = plugins.uninstall(List.of("org.example.viewnic"));
        workbench.waitUntil("the uninstall", uninstall::isDone);
        assertEquals("uninstalled org.example.viewnic 1.0.0", uninstall.get());
        workbench.waitUntil("the device model gone", () -> !listed(plugins, InstalledNic.ID));
        assertEquals(0, plugins.installed().getTable().getItemCount());
    }

    /** Whether the view lists a plugin of that id once refreshed (the simulator binds a new model on its own thread). */
    private static boolean listed(PluginsPart plugins, String id) {
        plugins.refresh();
        Table table = plugins.table().getTable();
        return Arrays.stream(table.getItems()).map(i -> i.getText(1)).anyMatch(id::equals);
    }
}
