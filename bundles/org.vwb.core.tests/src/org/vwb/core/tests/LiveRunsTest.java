package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.DeviceResult;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.api.Register;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.SwapRecord;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Model;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

class LiveRunsTest {

    private final StandIns plugins = new StandIns(LiveRunsTest.class);
    private LiveRuns live;

    @BeforeEach
    void install() {
        plugins.registerAll();
        live = plugins.service(LiveRuns.class);
    }

    @AfterEach
    void uninstall() {
        live.runs().forEach(r -> live.forget(r.id()));
        plugins.unregisterAll();
    }

    static void assertEveryRequestAccounted(RunResult result) {
        for (DeviceResult device : result.devices()) {
            assertEquals(device.issued(), device.completed() + device.inFlight() + device.waiting(),
                    "issued = completed + in flight + waiting: " + device);
        }
    }

    private LiveRun start(double seconds, double speed) throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                20_000, 2);
        Configurations.addVm(configuration, "vm2", DeviceMode.SYNTHETIC, 20_000);
        return live.start((Model) configuration.eContainer(), null, RunOptions.seconds(seconds, 7), speed);
    }

    @Test
    void thousandsOfRandomChangeSetsLoseNoRequestAndRefusedOnesLeaveTheModelExactlyAsItWas() throws Exception {
        LiveRun run = start(3600, 2_000);
        RandomChanges changes = new RandomChanges(42);
        int applied = 0;
        int refused = 0;
        for (int i = 0; i < 2_000; i++) {
            Model before = run.model();
            SwapRecord swap = run.change(changes.next()).get(30, TimeUnit.SECONDS);
            if (swap.applied()) {
                applied++;
            } else {
                refused++;
                assertTrue(EcoreUtil.equals(before, run.model()), "refused change " + i + " was undone exactly: "
                        + swap.reason());
            }
        }
        run.stop();
        RunResult end = run.finished().get(30, TimeUnit.SECONDS);
        assertEquals(RunResult.Status.COMPLETED, end.status(), end.failure());
        assertTrue(applied > 300 && refused > 300, applied + " applied, " + refused + " refused");
        assertEquals(applied, end.swaps().stream().filter(SwapRecord::applied).count());
        assertTrue(end.devices().stream().mapToLong(DeviceResult::completed).sum() > 10_000);
        assertEveryRequestAccounted(end);
    }

    @Test
    void modelThatThrowsWhileTheSwapBuildsItsPathRollsTheWholeChangeBack() throws Exception {
        plugins.register(DeviceModel.class, new StandIns.Nic("broken-nic") {
            @Override
            public List<Register> registers() {
                throw new IllegalStateException("register layout unreadable");
            }
        });
        LiveRun run = start(3600, LiveRuns.AS_FAST_AS_POSSIBLE);
        Model before = run.model();
        SwapRecord swap = run.change(c -> {
            Configurations.addVm(c, "vm3", DeviceMode.SYNTHETIC, 5_000);
            c.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel("broken-nic");
        }).get(30, TimeUnit.SECONDS);
        assertFalse(swap.applied());
        assertTrue(swap.reason().startsWith("rolled back") && swap.reason().contains("register layout unreadable"),
                swap.reason());
        assertTrue(EcoreUtil.equals(before, run.model()), "the live model is as before");
        SwapRecord added = run.change(c -> Configurations.addVm(c, "vm4", DeviceMode.EMULATED, 5_000)
                .getDevices().get(0).setDeviceModel("broken-nic")).get(30, TimeUnit.SECONDS);
        assertFalse(added.applied(), "a new VM whose model throws is refused, not a crash of the run");
        SwapRecord next = run.change(c -> c.getVirtualMachines().get(0).getWorkloads().get(0)
                .setRatePerSecond(30_000)).get(30, TimeUnit.SECONDS);
        assertTrue(next.applied(), "the run carries on and takes the next change: " + next.reason());
        run.stop();
        RunResult end = run.finished().get(30, TimeUnit.SECONDS);
        assertEquals(RunResult.Status.COMPLETED, end.status(), end.failure());
        assertEquals(StandIns.NIC, end.device("vm1", "net0").orElseThrow().deviceModel());
        assertTrue(end.device("vm3", "net0").isEmpty());
        assertEveryRequestAccounted(end);
    }

    @Test
    void swapRecordTellsWhenWhatHowLongAndTheFiguresBeforeAndAfter() throws Exception {
        LiveRun run = start(3600, LiveRuns.AS_FAST_AS_POSSIBLE);
        SwapRecord swap = run.change(c -> {
            c.getVirtualMachines().get(0).getDevices().get(0).setMode(DeviceMode.SYNTHETIC);
            c.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel(StandIns.RING);
        }).get(30, TimeUnit.SECONDS);
        assertTrue(swap.applied(), swap.reason());
        assertEquals(List.of("vm1/net0: test-nic EMULATED -> test-ring SYNTHETIC"), swap.changes());
        assertEquals(swap.appliedAtNanos() - swap.requestedAtNanos(), swap.quiescedNanos());
        assertEquals(StandIns.NIC, swap.before().device("vm1", "net0").orElseThrow().deviceModel());
        assertEquals(StandIns.RING, swap.after().device("vm1", "net0").orElseThrow().deviceModel());
        assertEquals(List.of(swap), run.snapshot().swaps());
        run.stop();
        assertEveryRequestAccounted(run.finished().get(30, TimeUnit.SECONDS));
    }

    @Test
    void pausedRunKeepsItsClockAndResumes() throws Exception {
        LiveRun run = start(3600, 1);
        run.pause();
        Thread.sleep(50);
        long paused = run.snapshot().simulatedNanos();
        Thread.sleep(100);
        assertEquals(LiveRun.State.PAUSED, run.state());
        assertEquals(paused, run.snapshot().simulatedNanos());
        run.resume();
        Thread.sleep(100);
        assertTrue(run.snapshot().simulatedNanos() > paused);
        run.stop();
        run.finished().get(30, TimeUnit.SECONDS);
        assertEquals(LiveRun.State.FINISHED, run.state());
    }
}
