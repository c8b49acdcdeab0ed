package org.vwb.calibration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vwb.core.DeviceResult;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.model.Configuration;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Model;
import org.vwb.model.ParentPartition;
import org.vwb.model.VwbFactory;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.testing.Examples;
import org.vwb.testing.InstalledPlugins;

/**
 * ESX's vIC on the emulated LSI Logic controller, with the installed models and profiles: the vSphere 4 PVSCSI
 * scenario's LSI Logic configuration (examples/validation/vsphere4-pvscsi.vwb: 8 KiB I/Os, 32 outstanding, a 4 Gb/s
 * FC array), under ESXi 4.0 and, the same controller emulated by another product, under VirtualBox.
 */
class ScsiInterruptCoalescingTest {

    private static final double SECONDS = 1; // five of vIC's 200 ms epochs: the first only measures the rate
    private static Simulator simulator;

    @BeforeAll
    static void start() throws Exception {
        simulator = InstalledPlugins.start(ScsiInterruptCoalescingTest.class, Simulator.class);
    }

    /** The scenario's LSI Logic disk at {@code depth} outstanding I/Os with {@code interruptRate}. */
    private static DeviceResult lsiLogic(boolean virtualBox, int interruptRate, int depth) throws Exception {
        Model scenario = ModelFiles.load(Examples.path("validation/vsphere4-pvscsi.vwb"));
        Configuration configuration = scenario.getConfigurations().stream()
                .filter(c -> c.getName().equals("lsilogic")).findFirst().orElseThrow();
        if (virtualBox) {
            configuration.getHypervisor().setVendorProfile("oracle.virtualbox");
            configuration.getHypervisor().setDriverPlacement(DriverPlacement.HOST_OS);
            ParentPartition host = VwbFactory.eINSTANCE.createParentPartition();
            host.setName("host");
            host.setVcpus(2);
            host.setMemoryMiB(4096);
            host.setOperatingSystem("Linux");
            configuration.setParentPartition(host);
            configuration.getDrivers().forEach(driver -> driver.setPlacement(DriverPlacement.HOST_OS));
        }
        configuration.getVirtualMachines().get(0).getDevices().get(0).setInterruptRate(interruptRate);
        configuration.getVirtualMachines().get(0).getWorkloads().get(0).setQueueDepth(depth);
        RunResult result = simulator.run(configuration, RunOptions.seconds(SECONDS, 7));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        return result.device("iometer", "disk").orElseThrow();
    }

    @Test
    void lsiLogicUnderEsxTakesFewerInterruptsPerIoWithVicThanWithCoalescingOff() throws Exception {
        DeviceResult vic = lsiLogic(false, -1, 32);
        DeviceResult off = lsiLogic(false, 0, 32);
        // vIC holds nothing in its first epoch, then one interrupt per CIF / 4 = 8 completions at most
        assertTrue(vic.interruptsPerRequest() < 0.5 * off.interruptsPerRequest(),
                "vIC " + vic.interruptsPerRequest() + " against off " + off.interruptsPerRequest());
        // each interrupt saved is a handler run saved, with its trapping empty reply-FIFO read
        assertTrue(vic.exitsPerRequest() < off.exitsPerRequest(),
                "vIC " + vic.exitsPerRequest() + " exits per I/O against off " + off.exitsPerRequest());
    }

    @Test
    void lsiLogicEmulatedByVirtualBoxIsNotCoalesced() throws Exception {
        DeviceResult byDefault = lsiLogic(true, -1, 32);
        DeviceResult off = lsiLogic(true, 0, 32);
        // vIC is the vmkernel's: the same controller elsewhere interrupts once per handler run, as with it off
        assertEquals(off.interruptsPerRequest(), byDefault.interruptsPerRequest(), 1e-9);
        assertEquals(off.latency().mean(), byDefault.latency().mean(), 1e-9);
        assertTrue(byDefault.interruptsPerRequest() > 2 * lsiLogic(false, -1, 32).interruptsPerRequest(),
                "VirtualBox " + byDefault.interruptsPerRequest() + " interrupts per I/O");
    }

    @Test
    void vicDoesNotDelayASingleOutstandingIo() throws Exception {
        DeviceResult vic = lsiLogic(false, -1, 1);
        DeviceResult off = lsiLogic(false, 0, 1);
        // below vIC's 4 commands in flight nothing is held: the same run, interrupt for interrupt
        assertEquals(off.interruptsPerRequest(), vic.interruptsPerRequest(), 1e-9);
        assertEquals(1.0, vic.interruptsPerRequest(), 0.01);
        assertEquals(off.latency().mean(), vic.latency().mean(), 1e-9);
    }
}
