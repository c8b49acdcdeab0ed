package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.DeviceResult;
import org.vwb.core.NotRunnableException;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulation;
import org.vwb.core.Simulator;
import org.vwb.core.SwapRecord;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

class LifecycleTest {

    private final StandIns plugins = new StandIns(LifecycleTest.class);
    private Simulator simulator;

    @BeforeEach
    void install() {
        plugins.registerAll();
        simulator = plugins.simulator();
    }

    @AfterEach
    void uninstall() {
        plugins.unregisterAll();
    }

    private static void assertAccounted(DeviceResult device) {
        assertEquals(device.issued(), device.completed() + device.inFlight() + device.waiting(), device.toString());
    }

    @Test
    void uninstalledDeviceModelAndUnsupportedPlacementAreRefusedBeforeTheRun() {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                100, 2);
        configuration.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel("no-such-nic");
        NotRunnableException missing = assertThrows(NotRunnableException.class,
                () -> simulator.run(configuration, RunOptions.seconds(1, 1)));
        assertTrue(missing.getMessage().contains("device 'net0': device model 'no-such-nic' is not installed"),
                missing.getMessage());
        Configuration hosted = Configurations.oneVm(DriverPlacement.HOST_OS, DeviceMode.EMULATED, 100, 2);
        assertTrue(simulator.problems(hosted).stream().anyMatch(p -> p.contains("does not support driver placement "
                + "HOST_OS")), simulator.problems(hosted).toString());
    }

    @Test
    void deviceModelThatThrowsFailsTheRunNamingTheDeviceAndKeepsWhatWasComputed() throws Exception {
        plugins.register(DeviceModel.class, new StandIns.Nic("flaky-nic") {
            private int calls;

            @Override
            public AccessEffect emulate(RegisterState state, RegisterAccess access) {
                if (++calls > 100) {
                    throw new IllegalStateException("register file corrupted");
                }
                return super.emulate(state, access);
            }
        });
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                1000, 2);
        configuration.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel("flaky-nic");
        RunResult result = simulator.run(configuration, RunOptions.seconds(1, 1));
        assertEquals(RunResult.Status.FAILED, result.status());
        assertTrue(result.failure().contains("vm1/net0") && result.failure().contains("register file corrupted"),
                result.failure());
        DeviceResult device = result.device("vm1", "net0").orElseThrow();
        assertTrue(device.completed() >= 40, "results before the failure are kept: " + device.completed());
        assertTrue(device.status().startsWith("failed"), device.status());
    }

    @Test
    void emulatedNicSwappedToSyntheticMidRunLosesNoRequest() throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                50_000, 2);
        Simulation run = simulator.start(configuration, RunOptions.seconds(1, 3));
        run.advanceTo(400_000_000L);
        Configuration next = org.eclipse.emf.ecore.util.EcoreUtil.copy(configuration);
        next.getVirtualMachines().get(0).getDevices().get(0).setMode(DeviceMode.SYNTHETIC);
        next.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel(StandIns.RING);
        var swapped = run.reconfigure(next);
        RunResult end = run.runToEnd();
        SwapRecord swap = swapped.get(5, TimeUnit.SECONDS);
        assertTrue(swap.applied(), swap.reason());
        assertEquals(java.util.List.of("vm1/net0: test-nic EMULATED -> test-ring SYNTHETIC"), swap.changes());
        assertTrue(swap.quiescedNanos() >= 0 && swap.appliedAtNanos() >= 400_000_000L);
        DeviceResult device = end.device("vm1", "net0").orElseThrow();
        assertEquals(StandIns.RING, device.deviceModel());
        assertAccounted(device);
        assertEquals(1, end.swaps().size());
    }

    @Test
    void invalidChangeIsRefusedAndTheRunCarriesOnUnchanged() throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                10_000, 2);
        Simulation run = simulator.start(configuration, RunOptions.seconds(0.5, 3));
        run.advanceTo(100_000_000L);
        Configuration next = org.eclipse.emf.ecore.util.EcoreUtil.copy(configuration);
        next.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel("no-such-nic");
        var refused = run.reconfigure(next);
        RunResult end = run.runToEnd();
        SwapRecord swap = refused.get(5, TimeUnit.SECONDS);
        assertTrue(!swap.applied() && swap.reason().contains("no-such-nic"), swap.reason());
        assertEquals(StandIns.NIC, end.device("vm1", "net0").orElseThrow().deviceModel());
        assertEquals(RunResult.Status.COMPLETED, end.status());
    }

    @Test
    void deviceWhoseModelIsUninstalledIsParkedAndResumesWithItsRequestsWhenItComesBack() throws Exception {
        ServiceRegistration<DeviceModel> nic = plugins.register(DeviceModel.class, new StandIns.Nic("swappable-nic"));
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                10_000, 2);
        configuration.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel("swappable-nic");
        Simulation run = simulator.start(configuration, RunOptions.seconds(1, 5));
        run.advanceTo(300_000_000L);
        long before = run.snapshot().device("vm1", "net0").orElseThrow().completed();
        nic.unregister();
        RunResult parked = run.advanceTo(600_000_000L);
        DeviceResult whileParked = parked.device("vm1", "net0").orElseThrow();
        assertTrue(whileParked.status().startsWith("parked"), whileParked.status());
        assertTrue(whileParked.waiting() > 1000, "requests wait in the guest: " + whileParked.waiting());
        plugins.register(DeviceModel.class, new StandIns.Nic("swappable-nic"));
        RunResult end = run.runToEnd();
        DeviceResult resumed = end.device("vm1", "net0").orElseThrow();
        assertEquals("active", resumed.status());
        assertTrue(resumed.completed() > whileParked.completed() + whileParked.waiting() / 2,
                "the parked requests were served after the model came back");
        assertTrue(before > 0);
        assertAccounted(resumed);
    }
}
