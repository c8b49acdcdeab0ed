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
import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/**
 * An open-loop workload faster than its device: the guest keeps a bounded queue (1,000 frames for a NIC, 128
 * requests for a disk) and drops what arrives beyond it, so the backlog stops growing with the run's duration.
 */
class GuestQueueTest {

    private static final StandIns PLUGINS = new StandIns(GuestQueueTest.class);
    private static Simulator simulator;

    @BeforeAll
    static void install() {
        PLUGINS.registerAll();
        simulator = PLUGINS.simulator();
    }

    @AfterAll
    static void uninstall() {
        PLUGINS.unregisterAll();
    }

    /** One VM whose workload asks for {@code rate} requests/s of a device its one-vCPU parent cannot keep up with. */
    private static DeviceResult run(DeviceKind kind, double rate, double seconds) throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.SYNTHETIC,
                rate, 4);
        configuration.getParentPartition().setVcpus(1);
        configuration.getVirtualMachines().get(0).getWorkloads().get(0).setReadFraction(0);
        configuration.getVirtualMachines().get(0).getDevices().get(0).setKind(kind);
        configuration.getHost().getDevices().get(0).setKind(kind);
        RunResult result = simulator.run(configuration, RunOptions.seconds(seconds, 5));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        return result.device("vm1", "net0").orElseThrow();
    }

    @Test
    void aNicFasterThanItsDeviceKeepsAtMostAThousandFramesWaitingAndDropsTheRest() throws Exception {
        DeviceResult shorter = run(DeviceKind.NETWORK, 2_000_000, 0.05);
        DeviceResult longer = run(DeviceKind.NETWORK, 2_000_000, 0.1);
        for (DeviceResult device : new DeviceResult[] { shorter, longer }) {
            assertEquals(1_000, device.waiting(), "the queue is full, and no fuller: " + device);
            assertEquals(device.issued(), device.completed() + device.inFlight() + device.waiting());
            assertTrue(device.dropped() > 0, "arrivals beyond the queue are counted: " + device);
        }
        assertTrue(longer.dropped() > 1.5 * shorter.dropped(), "twice the run drops about twice as many: "
                + shorter.dropped() + " then " + longer.dropped());
        assertTrue(longer.completed() > 1.5 * shorter.completed(), "the device keeps serving at its own pace");
    }

    @Test
    void aDiskFasterThanItsDeviceKeepsAtMost128RequestsWaiting() throws Exception {
        DeviceResult disk = run(DeviceKind.BLOCK, 2_000_000, 0.05);
        assertEquals(128, disk.waiting(), disk.toString());
        assertTrue(disk.dropped() > 0, disk.toString());
    }

    @Test
    void aWorkloadTheDeviceKeepsUpWithDropsNothing() throws Exception {
        DeviceResult device = run(DeviceKind.NETWORK, 1_000, 0.5);
        assertEquals(0, device.dropped(), device.toString());
        assertTrue(device.completed() > 400, device.toString());
    }
}
