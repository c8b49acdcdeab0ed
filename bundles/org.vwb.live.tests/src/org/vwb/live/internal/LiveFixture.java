package org.vwb.live.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.vwb.core.DeviceResult;
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

    /**
     * The status of {@code vm}'s net0 in the shell's current run once it satisfies {@code wanted}, or the last one
     * seen after a bounded wait (10 s): a run takes plugin changes at its next safe point.
     */
    static String awaitStatus(ShellCommands vwb, String vm, Predicate<String> wanted) throws InterruptedException {
        String status = "";
        for (int i = 0; i < 200 && !wanted.test(status); i++) {
            Thread.sleep(50);
            status = vwb.currentRun().snapshot().device(vm, "net0").map(DeviceResult::status).orElse("");
        }
        return status;
    }

    /** Whether {@code vm}'s net0 in the shell's current run completes more requests within a bounded wait (5 s). */
    static boolean completesMore(ShellCommands vwb, String vm) throws InterruptedException {
        long before = completed(vwb, vm);
        for (int i = 0; i < 100 && completed(vwb, vm) <= before; i++) {
            Thread.sleep(50);
        }
        return completed(vwb, vm) > before;
    }

    private static long completed(ShellCommands vwb, String vm) {
        return vwb.currentRun().snapshot().device(vm, "net0").map(DeviceResult::completed).orElse(0L);
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
