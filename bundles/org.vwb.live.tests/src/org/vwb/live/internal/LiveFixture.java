package org.vwb.live.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.vwb.core.LiveRuns;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/** Stand-in plugins, a configuration file for them, and cleanup of the live runs a test left. */
final class LiveFixture implements AutoCloseable {

    final StandIns plugins = new StandIns(LiveFixture.class);

    LiveFixture() {
        plugins.registerAll();
    }

    /** A two-VM configuration (an emulated and a synthetic NIC) of the stand-ins, saved to {@code file}. */
    static Path write(Path file, java.util.function.Consumer<Configuration> edit) throws IOException {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                10_000, 2);
        Configurations.addVm(configuration, "vm2", DeviceMode.SYNTHETIC, 10_000);
        edit.accept(configuration);
        ModelFiles.save((Model) configuration.eContainer(), file);
        return file;
    }

    LiveRuns live() {
        return plugins.service(LiveRuns.class);
    }

    @Override
    public void close() {
        live().runs().forEach(r -> live().forget(r.id()));
        plugins.unregisterAll();
    }
}
