package org.vwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vwb.core.api.DeviceModel;
import org.vwb.testing.PluginJar;
import org.vwb.testing.installable.InstalledNic;
import org.vwb.ui.internal.plugins.PluginFolderWatch;
import org.vwb.views.ui.ViewContribution;

/**
 * The workbench reports its plugins in one line whenever they change, read from the Views menu and the simulator's
 * catalogue, and takes jars dropped into the dropins folder while it runs, with no view open.
 */
class PluginFolderWatchUITest {

    private static final String CHANGED = PluginFolderWatch.PREFIX + "plugins changed: views [";

    @Test
    void aViewRegisteredAndUnregisteredIsNamedInTheLineFromTheViewsMenuThenLeftOut() {
        Workbench workbench = new Workbench();
        PluginFolderWatch watch = workbench.pluginWatch();
        assertNotNull(watch, "the add-on runs with the workbench");
        workbench.waitUntil("the first line", () -> watch.reported() != null);
        assertTrue(watch.reported().matches("vwb-workbench: plugins (at start|changed): views \\[Topology, Request "
                + "path, .*Plugins, .*\\]; device models \\[.*e1000.*\\]"), watch.reported());

        ServiceRegistration<ViewContribution> registration = FrameworkUtil.getBundle(PluginFolderWatchUITest.class)
                .getBundleContext().registerService(ViewContribution.class, new SampleView(), null);
        try {
            workbench.waitUntil("a line naming the view", () -> watch.reported().contains(", Sample analysis]"));
            assertTrue(watch.reported().startsWith(CHANGED), watch.reported());
        } finally {
            registration.unregister();
        }
        workbench.waitUntil("a line without the view", () -> !watch.reported().contains("Sample analysis"));
        assertTrue(watch.reported().startsWith(CHANGED), watch.reported());
    }

    @Test
    void aJarDroppedIntoTheDropinsFolderAddsItsDeviceModelToTheLineAndDeletingItTakesItOut(@TempDir Path dropins,
            @TempDir Path built) throws Exception {
        Workbench workbench = new Workbench();
        PluginFolderWatch watch = workbench.pluginWatch();
        String before = System.getProperty("vwb.dropins");
        System.setProperty("vwb.dropins", dropins.toString());
        try {
            Path jar = PluginJar.named("org.example.dropnic").component(InstalledNic.class, DeviceModel.class)
                    .writeTo(built);
            // moved in whole, as a user's file manager does: the watch never sees half a jar
            Path dropped = Files.move(jar, dropins.resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            workbench.waitUntil("a line naming the dropped device model", () -> deviceModels(watch).contains(
                    InstalledNic.ID));
            assertTrue(watch.reported().startsWith(CHANGED), watch.reported());

            Files.delete(dropped);
            workbench.waitUntil("a line without it", () -> !deviceModels(watch).contains(InstalledNic.ID));
        } finally {
            if (before == null) {
                System.clearProperty("vwb.dropins");
            } else {
                System.setProperty("vwb.dropins", before);
            }
        }
    }

    @Test
    void aListenerThatThrowsAndAJarThatIsNoJarDoNotEndTheWatch(@TempDir Path dropins, @TempDir Path built)
            throws Exception {
        Workbench workbench = new Workbench();
        PluginFolderWatch watch = workbench.pluginWatch();
        java.util.function.Consumer<String> throwing = line -> {
            throw new IllegalStateException("a listener whose view closed under it");
        };
        watch.onChange(throwing);
        String before = System.getProperty("vwb.dropins");
        System.setProperty("vwb.dropins", dropins.toString());
        try {
            Files.writeString(dropins.resolve("not-a-jar.jar"), "this is text, not a zip");
            Path jar = PluginJar.named("org.example.afterbad").component(InstalledNic.class, DeviceModel.class)
                    .writeTo(built);
            Path dropped = Files.move(jar, dropins.resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            // the first change the watch reports throws in the listener: the watch must still take the next turn
            workbench.waitUntil("a line naming the good jar's device model despite the bad file and the listener",
                    () -> deviceModels(watch).contains(InstalledNic.ID));
            Files.delete(dropped);
            workbench.waitUntil("a line without it", () -> !deviceModels(watch).contains(InstalledNic.ID));
        } finally {
            watch.removeListener(throwing);
            if (before == null) {
                System.clearProperty("vwb.dropins");
            } else {
                System.setProperty("vwb.dropins", before);
            }
        }
    }

    /** The device models part of the last line. */
    private static String deviceModels(PluginFolderWatch watch) {
        String line = watch.reported();
        return line.substring(line.indexOf("; device models ["));
    }
}
