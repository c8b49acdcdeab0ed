package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.DeviceResult;
import org.vwb.core.RequestTrace;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

class MechanismsTest {

    private static final StandIns PLUGINS = new StandIns(MechanismsTest.class);
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

    private static DeviceResult run(DriverPlacement placement, DeviceMode mode, double rate, int cores)
            throws Exception {
        Configuration configuration = Configurations.oneVm(placement, mode, rate, cores);
        // transmits: a network read is a received frame, which takes another way (FidelityTest)
        configuration.getVirtualMachines().get(0).getWorkloads().get(0).setReadFraction(0);
        RunResult result = simulator.run(configuration, RunOptions.seconds(1, 7));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        return result.device("vm1", "net0").orElseThrow();
    }

    @Test
    void emulatedNicExitsOnEveryTrappingAccessAndInItsInterruptHandler() throws Exception {
        DeviceResult nic = run(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED, 100, 4);
        assertTrue(nic.completed() > 50, "requests completed: " + nic.completed());
        assertEquals(2.0, nic.exitsPerRequest(), 1e-9, "tail write + cause read; the descriptor write does not trap");
        assertEquals(1.0, nic.interruptsPerRequest(), 1e-9);
    }

    @Test
    void syntheticRingNotifiesOncePerRequestWhenIdleAndBatchesUnderLoad() throws Exception {
        DeviceResult idle = run(DriverPlacement.PARENT_PARTITION, DeviceMode.SYNTHETIC, 100, 4);
        assertEquals(1.0, idle.notificationsPerRequest(), 1e-9);
        assertEquals(1.0, idle.exitsPerRequest(), 1e-9, "only the notification exits");
        DeviceResult loaded = run(DriverPlacement.PARENT_PARTITION, DeviceMode.SYNTHETIC, 150_000, 4);
        assertTrue(loaded.notificationsPerRequest() < 0.5, "notifications/request under load: "
                + loaded.notificationsPerRequest());
        assertTrue(loaded.interruptsPerRequest() < 0.5, "interrupts/request under load: "
                + loaded.interruptsPerRequest());
    }

    @Test
    void emulatedDeviceCostsMoreExitsAndCpuThanSyntheticOne() throws Exception {
        DeviceResult emulated = run(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED, 1000, 4);
        DeviceResult synthetic = run(DriverPlacement.PARENT_PARTITION, DeviceMode.SYNTHETIC, 1000, 4);
        assertTrue(emulated.exitsPerRequest() > synthetic.exitsPerRequest());
        assertTrue(emulated.totalCpuMicrosPerRequest() > synthetic.totalCpuMicrosPerRequest());
    }

    @Test
    void parentPartitionPaysSwitchesAndSpendsParentAndWorkerCpuWhereInHypervisorDoesNot() throws Exception {
        DeviceResult parent = run(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED, 100, 4);
        DeviceResult monolithic = run(DriverPlacement.IN_HYPERVISOR, DeviceMode.EMULATED, 100, 4);
        assertTrue(parent.switchesPerRequest() > 0);
        assertEquals(0.0, monolithic.switchesPerRequest(), 1e-9);
        assertTrue(parent.cpuMicrosPerRequest().containsKey(ContextKind.WORKER));
        assertTrue(parent.cpuMicrosPerRequest().containsKey(ContextKind.PARENT));
        assertFalse(monolithic.cpuMicrosPerRequest().containsKey(ContextKind.WORKER));
        assertFalse(monolithic.cpuMicrosPerRequest().containsKey(ContextKind.PARENT));
        double monolithicShare = monolithic.cpuMicrosPerRequest().get(ContextKind.HYPERVISOR)
                / monolithic.totalCpuMicrosPerRequest();
        double parentShare = parent.cpuMicrosPerRequest().get(ContextKind.HYPERVISOR)
                / parent.totalCpuMicrosPerRequest();
        assertTrue(monolithicShare > parentShare, "in-hypervisor emulation and drivers are hypervisor CPU: "
                + monolithicShare + " vs " + parentShare);
    }

    @Test
    void sameConfigurationAndSeedGiveBitIdenticalResults() throws Exception {
        var configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED, 20_000, 2);
        Configurations.addVm(configuration, "vm2", DeviceMode.SYNTHETIC, 30_000);
        RunResult first = simulator.run(configuration, RunOptions.seconds(0.5, 99));
        RunResult second = simulator.run(configuration, RunOptions.seconds(0.5, 99));
        RunResult otherSeed = simulator.run(configuration, RunOptions.seconds(0.5, 100));
        assertEquals(first, second);
        assertNotEquals(first.devices(), otherSeed.devices());
    }

    @Test
    void overloadedHostQueuesAndEveryIssuedRequestIsAccountedFor() throws Exception {
        DeviceResult light = run(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED, 1_000, 1);
        DeviceResult heavy = run(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED, 200_000, 1);
        assertTrue(heavy.latency().p99() > 10 * light.latency().p99(),
                "queueing under load: p99 " + light.latency().p99() + " us -> " + heavy.latency().p99() + " us");
        assertEquals(heavy.issued(), heavy.completed() + heavy.inFlight() + heavy.waiting());
        assertTrue(heavy.waiting() > 0, "the overloaded guest has requests waiting");
    }

    @Test
    void explainFollowsOneRequestThroughEveryTrapAndSwitch() throws Exception {
        RequestTrace trace = simulator.explain(
                Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED, 100, 4), "vm1", "net0");
        assertEquals(2, trace.count(CostEvent.VM_EXIT));
        assertEquals(1, trace.count(CostEvent.INTERRUPT_INJECTION));
        assertTrue(trace.steps().stream().anyMatch(s -> s.context() == ContextKind.WORKER
                && s.note().contains("TAIL")), "the tail write is emulated in the worker");
        assertTrue(trace.steps().stream().anyMatch(s -> s.event().equals("DEVICE")));
    }
}
