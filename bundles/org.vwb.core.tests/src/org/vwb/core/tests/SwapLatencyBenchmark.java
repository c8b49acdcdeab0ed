package org.vwb.core.tests;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.RunOptions;
import org.vwb.core.SwapRecord;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/**
 * Not a test (its name keeps it out of the build's test run): the wall-clock latency of one change set, from
 * {@link LiveRun#change} to the verdict, for a single-device change on a 100-VM configuration under load, at
 * real-time pace and flat out. Run by releng/benchmarks/swap-latency.sh; figures in docs/benchmarks.md.
 */
class SwapLatencyBenchmark {

    private static final int VMS = 100;
    private static final int WARM_UP = 100;
    private static final int SAMPLES = 1_000;

    private final StandIns plugins = new StandIns(SwapLatencyBenchmark.class);

    @BeforeEach
    void install() {
        plugins.registerAll();
    }

    @AfterEach
    void uninstall() {
        plugins.service(LiveRuns.class).runs().forEach(r -> plugins.service(LiveRuns.class).forget(r.id()));
        plugins.unregisterAll();
    }

    @Test
    void singleDeviceChangeOnAHundredVmsAtRealTime() throws Exception {
        measure(1, "real time");
    }

    @Test
    void singleDeviceChangeOnAHundredVmsFlatOut() throws Exception {
        measure(LiveRuns.AS_FAST_AS_POSSIBLE, "as fast as possible");
    }

    private void measure(double speed, String pace) throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                500, 16);
        for (int i = 2; i <= VMS; i++) {
            Configurations.addVm(configuration, "vm" + i, i % 2 == 0 ? DeviceMode.SYNTHETIC : DeviceMode.EMULATED,
                    500);
        }
        LiveRun run = plugins.service(LiveRuns.class).start((Model) configuration.eContainer(), null,
                RunOptions.seconds(24 * 3600, 1), speed);
        long[] micros = new long[SAMPLES];
        long quiesced = 0;
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            int vm = i % VMS;
            long start = System.nanoTime();
            SwapRecord swap = run.change(c -> toggle(c.getVirtualMachines().get(vm).getDevices().get(0)))
                    .get(30, TimeUnit.SECONDS);
            long wall = System.nanoTime() - start;
            if (!swap.applied()) {
                throw new AssertionError(swap.reason());
            }
            if (i >= WARM_UP) {
                micros[i - WARM_UP] = wall / 1_000;
                quiesced += swap.quiescedNanos();
            }
        }
        run.stop();
        Arrays.sort(micros);
        System.out.println(String.format(Locale.ROOT, "swap latency, %d VMs, %s, %d samples: p50 %.2f ms, p99 %.2f ms, "
                + "max %.2f ms; devices quiesced %.1f µs simulated on average; %.0f requests/s simulated", VMS, pace,
                SAMPLES, micros[SAMPLES / 2] / 1e3, micros[SAMPLES * 99 / 100] / 1e3, micros[SAMPLES - 1] / 1e3,
                quiesced / 1e3 / SAMPLES, run.finished().get(30, TimeUnit.SECONDS).throughputPerSecond()));
    }

    private static void toggle(VirtualDevice device) {
        boolean emulated = device.getMode() == DeviceMode.EMULATED;
        device.setMode(emulated ? DeviceMode.SYNTHETIC : DeviceMode.EMULATED);
        device.setDeviceModel(emulated ? StandIns.RING : StandIns.NIC);
    }
}
