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
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.Workload;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/**
 * What tells real NICs apart, on the stand-ins (every event 1,000 cycles at 1 GHz: one microsecond; a copied KiB
 * 0.1 us): queue pairs with receive-side scaling, segmentation and receive offloads, the MTU.
 */
class NicFeaturesTest {

    private static final StandIns PLUGINS = new StandIns(NicFeaturesTest.class);
    private static Simulator simulator;

    /** The stand-in ring with the queues, offloads and MTU a test gives it. */
    private static final class FeatureRing extends StandIns.Ring {
        private final int queues;
        private final boolean offloads;
        private final int maxMtu;

        FeatureRing(String id, int queues, boolean offloads, int maxMtu) {
            super(id);
            this.queues = queues;
            this.offloads = offloads;
            this.maxMtu = maxMtu;
        }

        @Override
        public int queues() {
            return queues;
        }

        @Override
        public boolean segmentationOffload() {
            return offloads;
        }

        @Override
        public boolean receiveCoalescing() {
            return offloads;
        }

        @Override
        public int maxMtu() {
            return maxMtu;
        }
    }

    @BeforeAll
    static void install() {
        PLUGINS.registerAll();
        PLUGINS.register(DeviceModel.class, new FeatureRing("test-rss", 4, false, 1500));
        PLUGINS.register(DeviceModel.class, new FeatureRing("test-offloads", 1, true, 9000));
        simulator = PLUGINS.simulator();
    }

    @AfterAll
    static void uninstall() {
        PLUGINS.unregisterAll();
    }

    /** One VM on an in-hypervisor design with the device model, vCPUs and workload given. */
    private static Configuration vm(String model, int vcpus, int bytes, double readFraction) {
        Configuration configuration = Configurations.oneVm(DriverPlacement.IN_HYPERVISOR, DeviceMode.SYNTHETIC, 100,
                16);
        VirtualMachine vm = configuration.getVirtualMachines().get(0);
        vm.setVcpus(vcpus);
        VirtualDevice device = vm.getDevices().get(0);
        device.setDeviceModel(model);
        device.setBacking(configuration.getHost().getDevices().get(0));
        Workload workload = vm.getWorkloads().get(0);
        workload.setRequestBytes(bytes);
        workload.setReadFraction(readFraction);
        return configuration;
    }

    /** The same, as a closed loop of {@code flows} connections with one request outstanding each. */
    private static Configuration closedLoop(String model, int vcpus, int flows) {
        Configuration configuration = vm(model, vcpus, 1024, 1);
        Workload workload = configuration.getVirtualMachines().get(0).getWorkloads().get(0);
        workload.setRatePerSecond(0);
        workload.setQueueDepth(flows);
        return configuration;
    }

    private static DeviceResult run(Configuration configuration) throws Exception {
        RunResult result = simulator.run(configuration, RunOptions.seconds(0.2, 7));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        return result.device("vm1", "net0").orElseThrow();
    }

    @Test
    void receiveSideScalingSpreadsManyFlowsOverTheGuestsVcpusAndTheBackEndsThreads() throws Exception {
        double oneQueue = run(closedLoop(StandIns.RING, 4, 64)).throughputPerSecond();
        double fourQueues = run(closedLoop("test-rss", 4, 64)).throughputPerSecond();
        // one queue serialises every frame's back-end pass and the guest's handler; four run side by side
        assertTrue(fourQueues > 2.5 * oneQueue, fourQueues + " frames/s on four queues against " + oneQueue);
    }

    @Test
    void aSingleFlowOrASingleVcpuGainsNothingFromMoreQueues() throws Exception {
        assertEquals(run(closedLoop(StandIns.RING, 4, 1)).throughputPerSecond(),
                run(closedLoop("test-rss", 4, 1)).throughputPerSecond(), "one flow hashes onto one queue");
        assertEquals(run(closedLoop(StandIns.RING, 1, 64)).throughputPerSecond(),
                run(closedLoop("test-rss", 1, 64)).throughputPerSecond(), "a guest uses one queue per vCPU");
    }

    @Test
    void theConfigurationsQueueCountOverridesTheDevicesDefault() throws Exception {
        Configuration single = closedLoop("test-rss", 4, 64);
        single.getVirtualMachines().get(0).getDevices().get(0).setQueues(1);
        assertEquals(run(closedLoop(StandIns.RING, 4, 64)).throughputPerSecond(), run(single).throughputPerSecond());
    }

    /** CPU per request of 64 KiB requests on the offloading ring, its offloads on or off, at the MTU given. */
    private static double large(double readFraction, boolean offloads, int mtu) throws Exception {
        Configuration configuration = vm("test-offloads", 1, 65_536, readFraction);
        VirtualDevice device = configuration.getVirtualMachines().get(0).getDevices().get(0);
        device.setOffloads(offloads);
        device.setMtu(mtu);
        return run(configuration).totalCpuMicrosPerRequest();
    }

    @Test
    void withoutSegmentationOffloadEveryFrameOfALargeSendPaysThePerPacketWork() throws Exception {
        double perFrame = large(0, false, 1500);
        // 64 KiB at MTU 1500 is 44 frames: 43 more passes of the guest's stack, its driver and descriptor, and the
        // back end's descriptor read, translation and physical driver: 6 events of 1 us each (give or take the odd
        // notification or interrupt that two requests closer together than one's processing share)
        assertEquals(43 * 6, perFrame - large(0, true, 1500), 2);
        assertEquals(perFrame, run(vm(StandIns.RING, 1, 65_536, 0)).totalCpuMicrosPerRequest(), 1e-6,
                "a device without TSO pays per frame as one with its offloads off");
    }

    @Test
    void jumboFramesCutThePerFrameWorkByTheirSize() throws Exception {
        // 44 frames of 1,500 bytes against 8 of 9,000: 36 fewer, 6 events each
        assertEquals(36 * 6, large(0, false, 1500) - large(0, false, 9000), 2);
        Configuration tooLarge = vm(StandIns.RING, 1, 65_536, 0);
        tooLarge.getVirtualMachines().get(0).getDevices().get(0).setMtu(9000);
        assertEquals(run(vm(StandIns.RING, 1, 65_536, 0)).totalCpuMicrosPerRequest(),
                run(tooLarge).totalCpuMicrosPerRequest(), 1e-6, "a device without jumbo frames stays at 1,500");
    }

    @Test
    void receiveCoalescingHandsTheGuestOneLargeBufferButTheDriverStillTakesEveryFrame() throws Exception {
        // 43 more buffers posted (driver, descriptor), found, dequeued and answered by the back end, and passed
        // up the guest's stack: 6 events; the physical driver's 44 frames are paid either way
        assertEquals(43 * 6, large(1, false, 1500) - large(1, true, 1500), 2);
    }
}
