package org.vwb.plugins.tests;

import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.vwb.core.PluginInfo;
import org.vwb.core.Simulator;
import org.vwb.plugins.PluginInstaller;
import org.vwb.testing.InstalledPlugins;

/**
 * The installer of the test runtime with its store and dropins folder in a test's own folders, and what the
 * simulator sees; {@link #close()} uninstalls whatever a test left and restores the properties.
 */
final class InstallerFixture implements AutoCloseable {

    final PluginInstaller installer;
    final Simulator simulator;
    final Path store;
    final Path dropins;

    InstallerFixture(Path folder) throws Exception {
        store = folder.resolve("store");
        dropins = folder.resolve("dropins");
        System.setProperty("vwb.plugins.area", store.toString());
        System.setProperty("vwb.dropins", dropins.toString());
        installer = InstalledPlugins.start(InstallerFixture.class, PluginInstaller.class);
        simulator = InstalledPlugins.start(InstallerFixture.class, Simulator.class);
    }

    /** The ids of the simulator's plugins, once {@code id} is among them or absent as asked (bounded wait). */
    List<String> simulatorPlugins(String id, boolean present) throws InterruptedException {
        List<String> ids = List.of();
        for (int i = 0; i < 200; i++) {
            ids = simulator.plugins().stream().map(PluginInfo::id).toList();
            if (ids.contains(id) == present) {
                break;
            }
            Thread.sleep(50);
        }
        return ids;
    }

    static Bundle bundle(String symbolicName) {
        BundleContext context = FrameworkUtil.getBundle(InstallerFixture.class).getBundleContext();
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    @Override
    public void close() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(InstallerFixture.class).getBundleContext();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getLocation().startsWith("vwb:")) {
                bundle.uninstall();
            }
        }
        System.clearProperty("vwb.plugins.area");
        System.clearProperty("vwb.dropins");
    }
}
