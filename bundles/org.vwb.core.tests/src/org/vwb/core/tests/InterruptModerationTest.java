package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vwb.core.DeviceResult;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.InterruptModeration;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualDevice;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/**
 * Interrupt moderation in the engine, on stand-ins (every event one microsecond): a rate limit of 10,000
 * interrupts a second (a 100 us interval) on the emulated NIC and on the ring, and vIC-like holding until a later
 * completion. Open-loop Poisson arrivals at 1,000, 5,000 and 20,000 requests a second.
 */
class InterruptModerationTest {

    private static final StandIns PLUGINS = new StandIns(InterruptModerationTest.class);
    private static final int LIMIT = 10_000;
    private static final double INTERVAL_MICROS = 1e6 / LIMIT;
    private static final int HELD_WHILE = 4;
    private static Simulator simulator;

    /** A device's own moderation as a rate limit (e1000's ITR, vmxnet3's rate-based scheme); 0 off, else a cap. */
    private static InterruptModeration limited(int rate) {
        return rate == 0 ? InterruptModeration.NONE : InterruptModeration.ratePerSecond(rate < 0 ? LIMIT : rate);
    }

    @BeforeAll
    static void install() {
        PLUGINS.registerAll();
        PLUGINS.register(DeviceModel.class, new StandIns.Nic("test-throttled-nic") {
            @Override
            public InterruptModeration interruptModeration(int rate) {
                return limited(rate);
            }
        });
        PLUGINS.register(DeviceModel.class, new StandIns.Ring("test-throttled-ring") {
            @Override
            public InterruptModeration interruptModeration(int rate) {
                // a limit per queue: each of a ring's interrupt vectors has a gate of its own
                return limited(rate);
            }
        });
        PLUGINS.register(DeviceModel.class, new StandIns.Ring("test-held-ring") {
            @Override
            public InterruptModeration interruptModeration(int rate) {
                // as vIC: no timer, a completion waits for a later one while enough are still in the device
                return (now, last, pending, inDevice) -> inDevice >= HELD_WHILE && pending < HELD_WHILE
                        ? InterruptModeration.UNTIL_NEXT_COMPLETION : 0;
            }
        });
        simulator = PLUGINS.simulator();
    }

    @AfterAll
    static void uninstall() {
        PLUGINS.unregisterAll();
    }

    private static DeviceResult run(DeviceMode mode, String model, int interruptRate, double load, double seconds,
            long seed) throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.IN_HYPERVISOR, mode, load, 16);
        VirtualDevice device = configuration.getVirtualMachines().get(0).getDevices().get(0);
        device.setDeviceModel(model);
        device.setInterruptRate(interruptRate);
        device.setBacking(configuration.getHost().getDevices().get(0));
        configuration.getVirtualMachines().get(0).getWorkloads().get(0).setSeed(seed);
        RunResult result = simulator.run(configuration, RunOptions.seconds(seconds, seed));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        return result.device("vm1", "net0").orElseThrow();
    }

    private static DeviceResult nic(int interruptRate, double load) throws Exception {
        return run(DeviceMode.EMULATED, "test-throttled-nic", interruptRate, load, 0.5, 7);
    }

    @Test
    void interruptsPerRequestFallWithLoadUnderARateLimitAndNeverExceedIt() throws Exception {
        DeviceResult light = nic(-1, 1_000);
        DeviceResult medium = nic(-1, 5_000);
        DeviceResult heavy = nic(-1, 20_000);
        assertTrue(light.interruptsPerRequest() > 0.9, "1,000/s: " + light.interruptsPerRequest());
        assertTrue(medium.interruptsPerRequest() < light.interruptsPerRequest(),
                "5,000/s: " + medium.interruptsPerRequest() + " against " + light.interruptsPerRequest());
        assertTrue(heavy.interruptsPerRequest() < medium.interruptsPerRequest(),
                "20,000/s: " + heavy.interruptsPerRequest() + " against " + medium.interruptsPerRequest());
        double interruptsPerSecond = heavy.interruptsPerRequest() * heavy.throughputPerSecond();
        assertTrue(interruptsPerSecond <= LIMIT * 1.01, interruptsPerSecond + " interrupts/s");
        // every held interrupt also saves the handler's trapping read: exits fall with the interrupts
        assertTrue(heavy.exitsPerRequest() < light.exitsPerRequest(),
                heavy.exitsPerRequest() + " exits per request against " + light.exitsPerRequest());
    }

    @Test
    void withoutModerationEveryCompletionInterruptsAtLightLoad() throws Exception {
        assertEquals(1.0, nic(0, 1_000).interruptsPerRequest(), 0.02);
        assertEquals(1.0, nic(0, 5_000).interruptsPerRequest(), 0.05);
        assertTrue(nic(0, 20_000).interruptsPerRequest() > 2 * nic(-1, 20_000).interruptsPerRequest());
    }

    @Test
    void moderationAddsAtMostItsIntervalToTheMeanLatency() throws Exception {
        for (double load : new double[] { 1_000, 5_000, 20_000 }) {
            double off = nic(0, load).latency().mean();
            double on = nic(-1, load).latency().mean();
            assertTrue(on >= off - 0.5 && on <= off + INTERVAL_MICROS, load + "/s: " + on + " us against " + off);
        }
    }

    @Test
    void aRingDeviceIsModeratedPerQueueTheSameWay() throws Exception {
        DeviceResult light = run(DeviceMode.SYNTHETIC, "test-throttled-ring", -1, 1_000, 0.5, 7);
        DeviceResult heavy = run(DeviceMode.SYNTHETIC, "test-throttled-ring", -1, 20_000, 0.5, 7);
        DeviceResult off = run(DeviceMode.SYNTHETIC, "test-throttled-ring", 0, 20_000, 0.5, 7);
        assertTrue(light.interruptsPerRequest() > 0.9, "1,000/s: " + light.interruptsPerRequest());
        assertTrue(heavy.interruptsPerRequest() * heavy.throughputPerSecond() <= LIMIT * 1.01);
        assertTrue(off.interruptsPerRequest() > 1.5 * heavy.interruptsPerRequest(),
                off.interruptsPerRequest() + " without against " + heavy.interruptsPerRequest());
    }

    /** A closed loop of {@code depth} on the ring whose completions wait for later ones. */
    private static DeviceResult held(int depth) throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.IN_HYPERVISOR, DeviceMode.SYNTHETIC, 0,
                16);
        VirtualDevice device = configuration.getVirtualMachines().get(0).getDevices().get(0);
        device.setDeviceModel("test-held-ring");
        device.setBacking(configuration.getHost().getDevices().get(0));
        configuration.getVirtualMachines().get(0).getWorkloads().get(0).setQueueDepth(depth);
        RunResult result = simulator.run(configuration, RunOptions.seconds(0.2, 7));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        return result.device("vm1", "net0").orElseThrow();
    }

    @Test
    void holdingForTheNextCompletionCoalescesUnderDepthAndStrandsNothing() throws Exception {
        DeviceResult shallow = held(2);
        DeviceResult deep = held(32);
        assertTrue(deep.interruptsPerRequest() < 0.5 * shallow.interruptsPerRequest(),
                deep.interruptsPerRequest() + " interrupts per request at depth 32 against "
                        + shallow.interruptsPerRequest() + " at depth 2");
        // a completion held with nothing behind it would stop its closed loop: throughput would collapse
        assertTrue(deep.throughputPerSecond() > shallow.throughputPerSecond(),
                deep.throughputPerSecond() + "/s at depth 32 against " + shallow.throughputPerSecond());
        assertTrue(deep.inFlight() <= 32, "in flight " + deep.inFlight());
    }

    @Test
    void aFixedRateFromTheConfigurationOverridesTheDevicesOwn() throws Exception {
        DeviceResult slow = nic(1_000, 20_000);
        assertTrue(slow.interruptsPerRequest() * slow.throughputPerSecond() <= 1_000 * 1.01,
                slow.interruptsPerRequest() + " per request at " + slow.throughputPerSecond() + "/s");
    }

    @Test
    void theVerdictIsTheSameAtTwoSeedsAndTwoDurations() throws Exception {
        for (long seed : new long[] { 7, 1234 }) {
            for (double seconds : new double[] { 0.25, 1 }) {
                DeviceResult light = run(DeviceMode.EMULATED, "test-throttled-nic", -1, 1_000, seconds, seed);
                DeviceResult heavy = run(DeviceMode.EMULATED, "test-throttled-nic", -1, 20_000, seconds, seed);
                assertTrue(heavy.interruptsPerRequest() < 0.75 * light.interruptsPerRequest(),
                        "seed " + seed + ", " + seconds + " s: " + heavy.interruptsPerRequest() + " against "
                                + light.interruptsPerRequest());
            }
        }
    }
}
