package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.DeviceResult;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualMachine;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/**
 * The bare-metal baseline, both directions of network I/O, the guest's own work and the size of the driver's
 * context, on the stand-ins (every event 1,000 cycles at 1 GHz: one microsecond; a copied KiB 0.1 us).
 */
class FidelityTest {

    /** The modes the core simulates: an UNKNOWN device (an imported type vwb does not model) is never run. */
    private static final Set<DeviceMode> SIMULATED_MODES = EnumSet.complementOf(EnumSet.of(DeviceMode.UNKNOWN));

    private static final StandIns PLUGINS = new StandIns(FidelityTest.class);
    private static Simulator simulator;

    /** The stand-in NIC as a controller that pops one reply per completed I/O and DMAs into guest memory. */
    private static final class ReplyFifoController extends StandIns.Nic {
        ReplyFifoController() {
            super("test-reply-fifo");
        }

        @Override
        public List<RegisterAccess> completionSequence() {
            return List.of(RegisterAccess.read(2, "pop one reply"));
        }

        @Override
        public boolean copiesPayload() {
            return false;
        }
    }

    @BeforeAll
    static void install() {
        PLUGINS.registerAll();
        PLUGINS.register(VendorProfile.class, new StandIns.Vendor(VendorProfile.BARE_METAL));
        PLUGINS.register(DeviceModel.class, new ReplyFifoController());
        simulator = PLUGINS.simulator();
    }

    @AfterAll
    static void uninstall() {
        PLUGINS.unregisterAll();
    }

    private static DeviceResult device(Configuration configuration) throws Exception {
        RunResult result = simulator.run(configuration, RunOptions.seconds(1, 7));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        return result.device("vm1", "net0").orElseThrow();
    }

    private static Configuration nic(DeviceMode mode, double rate, double readFraction, int bytes) {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, mode, rate, 4);
        configuration.getVirtualMachines().get(0).getWorkloads().get(0).setReadFraction(readFraction);
        configuration.getVirtualMachines().get(0).getWorkloads().get(0).setRequestBytes(bytes);
        configuration.getVirtualMachines().get(0).getDevices().get(0)
                .setBacking(configuration.getHost().getDevices().get(0));
        return configuration;
    }

    private static Configuration bareMetal(Configuration configuration) {
        configuration.getHypervisor().setVendorProfile(VendorProfile.BARE_METAL);
        return configuration;
    }

    @Test
    void bareMetalSpendsOnlyTheGuestsOwnCpuWithoutExitsSwitchesOrInjectedInterrupts() throws Exception {
        for (DeviceMode mode : SIMULATED_MODES) {
            DeviceResult nativeRun = device(bareMetal(nic(mode, 1000, 0, 1024)));
            assertTrue(nativeRun.completed() > 500, mode + ": " + nativeRun.completed());
            assertEquals(0, nativeRun.exitsPerRequest(), 1e-9, mode + ": exits");
            assertEquals(0, nativeRun.switchesPerRequest(), 1e-9, mode + ": switches");
            assertEquals(0, nativeRun.interruptsPerRequest(), 1e-9, mode + ": injected interrupts");
            assertEquals(Set.of(ContextKind.GUEST), nativeRun.cpuMicrosPerRequest().keySet(), mode + "");
            // stack 1 + copy of 1 KiB 0.1 + driver 1 + interrupt handler 1
            assertEquals(3.1, nativeRun.totalCpuMicrosPerRequest(), 1e-6, mode + "");
        }
    }

    @Test
    void everyVirtualizedDeviceCostsMoreCpuPerRequestThanBareMetal() throws Exception {
        double bare = device(bareMetal(nic(DeviceMode.SYNTHETIC, 1000, 0, 1024))).totalCpuMicrosPerRequest();
        for (DeviceMode mode : SIMULATED_MODES) {
            double virtualized = device(nic(mode, 1000, 0, 1024)).totalCpuMicrosPerRequest();
            assertTrue(virtualized > bare, mode + ": " + virtualized + " us against bare metal's " + bare);
        }
    }

    @Test
    void aReceivedFrameIsCopiedIntoTheGuestAndInterruptsItWithoutANotificationExit() throws Exception {
        DeviceResult transmit = device(nic(DeviceMode.SYNTHETIC, 100, 0, 1024));
        DeviceResult receive = device(nic(DeviceMode.SYNTHETIC, 100, 1, 1024));
        assertEquals(1.0, transmit.notificationsPerRequest(), 1e-9, "an idle back end is notified per send");
        assertEquals(1.0, transmit.exitsPerRequest(), 1e-9);
        assertEquals(0.0, receive.notificationsPerRequest(), 1e-9, "posting a buffer notifies nobody");
        assertEquals(0.0, receive.exitsPerRequest(), 1e-9);
        assertEquals(1.0, receive.interruptsPerRequest(), 1e-9, "every idle receive interrupts the guest");
        assertEquals(1024, receive.bytesCopiedPerRequest(), 1e-9, "the back end copies the frame into the guest");
        assertTrue(receive.latency().p50() > 0 && transmit.latency().p50() > 0);
    }

    @Test
    void anEmulatedNicReceivesAfterItsRefillWithTheSameAccessesAndTheFrameCopiedIn() throws Exception {
        DeviceResult transmit = device(nic(DeviceMode.EMULATED, 1000, 0, 1024));
        DeviceResult receive = device(nic(DeviceMode.EMULATED, 1000, 1, 1024));
        assertEquals(transmit.exitsPerRequest(), receive.exitsPerRequest(), 1e-9, "the stand-in's sequences");
        assertEquals(1024, receive.bytesCopiedPerRequest(), 1e-9);
        assertTrue(receive.cpuMicrosPerRequest().get(ContextKind.WORKER) > 0, "the emulator copies the frame in");
    }

    @Test
    void theGuestsStackCostsPerPacketAndPerByteOnANicAndPerIoOnADisk() throws Exception {
        double small = device(bareMetal(nic(DeviceMode.SYNTHETIC, 1000, 0, 1024))).cpuMicrosPerRequest()
                .get(ContextKind.GUEST);
        double large = device(bareMetal(nic(DeviceMode.SYNTHETIC, 1000, 0, 8192))).cpuMicrosPerRequest()
                .get(ContextKind.GUEST);
        assertEquals(0.7, large - small, 1e-6, "7 more KiB copied and checksummed by the guest at 0.1 us each");
        Configuration disk = bareMetal(nic(DeviceMode.SYNTHETIC, 1000, 0, 8192));
        disk.getVirtualMachines().get(0).getDevices().get(0).setKind(DeviceKind.BLOCK);
        disk.getHost().getDevices().get(0).setKind(DeviceKind.BLOCK);
        assertEquals(3.0, device(disk).cpuMicrosPerRequest().get(ContextKind.GUEST), 1e-6,
                "storage stack, driver and handler: no per-byte work for a direct I/O");
    }

    @Test
    void aReplyFifoCostsATrappingReadPerCompletedRequestAndScatterGatherDmaNoCopy() throws Exception {
        Configuration plain = nic(DeviceMode.EMULATED, 1000, 0, 4096);
        Configuration fifo = nic(DeviceMode.EMULATED, 1000, 0, 4096);
        fifo.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel("test-reply-fifo");
        DeviceResult before = device(plain);
        DeviceResult after = device(fifo);
        assertEquals(before.interruptsPerRequest(), after.interruptsPerRequest(), 1e-9, "idle: one interrupt each");
        assertEquals(before.exitsPerRequest() + 1, after.exitsPerRequest(), 1e-9, "one more read per completion");
        assertEquals(4096, before.bytesCopiedPerRequest(), 1e-9);
        assertEquals(0, after.bytesCopiedPerRequest(), 1e-9);
    }

    private static double throughput(int parentVcpus, int cores) throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.SYNTHETIC,
                200_000, cores);
        configuration.getParentPartition().setVcpus(parentVcpus);
        VirtualMachine second = Configurations.addVm(configuration, "vm2", DeviceMode.SYNTHETIC, 200_000);
        second.getWorkloads().get(0).setReadFraction(0);
        configuration.getVirtualMachines().get(0).getWorkloads().get(0).setReadFraction(0);
        RunResult result = simulator.run(configuration, RunOptions.seconds(0.2, 3));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        return result.throughputPerSecond();
    }

    @Test
    void aParentPartitionSaturatesOnItsOwnVcpusWhateverTheHostsCores() throws Exception {
        double oneVcpu = throughput(1, 16);
        double fourVcpus = throughput(4, 16);
        assertTrue(oneVcpu < 0.8 * fourVcpus, "1 vCPU: " + oneVcpu + "/s, 4 vCPUs: " + fourVcpus + "/s");
        assertEquals(oneVcpu, throughput(1, 32), 0.03 * oneVcpu, "a saturated parent does not grow with the host");
    }
}
