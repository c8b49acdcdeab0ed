package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.PluginCalls;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.core.SwapRecord;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Model;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/**
 * A device model that stops answering in the middle of a run: the run fails, naming the model and the call,
 * once the plugin time-out (100 ms here) has passed, and nobody waits for it forever; a run that merely takes
 * long is not cut short.
 */
class StallingPluginTest {

    private static final String STALLING = "stalling-nic";

    /** The stand-in NIC, whose emulation stops returning after a number of trapped accesses. */
    private static final class StallingNic extends StandIns.Nic {
        private final AtomicInteger left;
        private final CountDownLatch released;

        StallingNic(int answers, CountDownLatch released) {
            super(STALLING);
            this.left = new AtomicInteger(answers);
            this.released = released;
        }

        @Override
        public AccessEffect emulate(RegisterState state, RegisterAccess access) {
            while (left.decrementAndGet() < 0 && released.getCount() > 0) {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    // a stuck plugin does not give up because it is asked to
                }
            }
            return super.emulate(state, access);
        }
    }

    private final StandIns plugins = new StandIns(StallingPluginTest.class);
    private final CountDownLatch released = new CountDownLatch(1);
    private Simulator simulator;

    @BeforeEach
    void install() throws Exception {
        plugins.registerAll();
        simulator = plugins.simulator();
        // a first run under the default time-out loads and links the paths' classes: on a loaded two-core machine
        // that took longer than 100 ms inside the first path() call, which is not the stall this test is about
        simulator.run(Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED, 2000, 2),
                RunOptions.seconds(1, 1));
        System.setProperty(PluginCalls.TIMEOUT_PROPERTY, "100ms");
        plugins.register(DeviceModel.class, new StallingNic(200, released));
    }

    @AfterEach
    void uninstall() {
        released.countDown();
        plugins.unregisterAll();
        System.clearProperty(PluginCalls.TIMEOUT_PROPERTY);
    }

    private static Configuration stallingConfiguration() {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                2000, 2);
        configuration.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel(STALLING);
        return configuration;
    }

    private static String named() {
        Bundle core = FrameworkUtil.getBundle(Simulator.class);
        return "device model '" + STALLING + "' (bundle " + core.getSymbolicName() + " " + core.getVersion()
                + ", class " + StallingNic.class.getName() + ")";
    }

    @Test
    void aRunWhoseDeviceModelStopsAnsweringFailsNamingItAndTheCall() throws Exception {
        RunResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> simulator.run(stallingConfiguration(), RunOptions.seconds(10, 1)));
        assertEquals(RunResult.Status.FAILED, result.status());
        assertEquals(named() + " did not answer emulate() within 100 ms", result.failure());
        assertTrue(result.simulatedNanos() < 10_000_000_000L, "the run stopped where the model stalled");
    }

    @Test
    void aLiveRunWhoseDeviceModelStopsAnsweringEndsWithTheFailureAndRefusesWaitingChanges() throws Exception {
        LiveRuns live = plugins.service(LiveRuns.class);
        Configuration configuration = stallingConfiguration();
        LiveRun run = live.start((Model) configuration.eContainer(), null, RunOptions.seconds(3600, 1),
                LiveRuns.AS_FAST_AS_POSSIBLE);
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> run.finished().get(60, TimeUnit.SECONDS));
        assertEquals(named() + " did not answer emulate() within 100 ms", failed.getCause().getMessage());
        SwapRecord change = run.change(c -> c.getVirtualMachines().get(0).getWorkloads().get(0)
                .setRatePerSecond(10)).get(60, TimeUnit.SECONDS);
        assertFalse(change.applied());
        live.forget(run.id());
    }

    @Test
    void aLongRunWhoseModelAlwaysAnswersIsNotCutShort() throws Exception {
        plugins.unregisterAll();
        plugins.registerAll();
        plugins.register(DeviceModel.class, new StallingNic(Integer.MAX_VALUE, released));
        RunResult result = simulator.run(stallingConfiguration(), RunOptions.seconds(60, 1));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        assertEquals(60_000_000_000L, result.simulatedNanos());
    }
}
