package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.vwb.core.DeviceResult;
import org.vwb.core.NotRunnableException;
import org.vwb.core.PluginInfo;
import org.vwb.core.RequestTrace;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulation;
import org.vwb.core.Simulator;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.api.family.PathSite;
import org.vwb.core.api.family.RequestPath;
import org.vwb.core.api.family.Stage;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualDevice;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/** Device families as plugins: looked up by the id a model names, vwb's own registered the same way. */
class DeviceFamilyTest {

    private final StandIns plugins = new StandIns(DeviceFamilyTest.class);
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

    /** One VM transmitting through a passthrough device of the given model, backed by the host's NIC. */
    private static Configuration passthrough(String model) {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.PASSTHROUGH,
                200, 4);
        VirtualDevice device = configuration.getVirtualMachines().get(0).getDevices().get(0);
        device.setDeviceModel(model);
        device.setBacking(configuration.getHost().getDevices().get(0));
        configuration.getVirtualMachines().get(0).getWorkloads().get(0).setReadFraction(0);
        return configuration;
    }

    private DeviceResult run(Configuration configuration) throws Exception {
        RunResult result = simulator.run(configuration, RunOptions.seconds(1, 11));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        return result.device("vm1", "net0").orElseThrow();
    }

    private void installVirtualFunctions() {
        plugins.register(DeviceFamily.class, new VirtualFunctions());
        plugins.register(DeviceModel.class, new VirtualFunctions.Nic());
    }

    @Test
    void vwbsOwnThreeFamiliesAreServicesListedAmongThePlugins() {
        Set<String> families = simulator.plugins().stream().filter(p -> p.type().equals("device family"))
                .map(PluginInfo::id).collect(Collectors.toSet());
        assertEquals(Set.of("emulated", "synthetic", "passthrough"), families);
    }

    @Test
    void aPluginFamilyCarriesItsModelsRequestsWithNoExitToIssueThem() throws Exception {
        installVirtualFunctions();
        DeviceResult vf = run(passthrough(VirtualFunctions.Nic.ID));
        assertTrue(vf.completed() > 100, "requests completed: " + vf.completed());
        assertEquals(2.0, vf.exitsPerRequest(), 1e-9, "the interrupt and its EOI exit; issuing takes none");
        assertEquals(1.0, vf.interruptsPerRequest(), 1e-9);
        RequestTrace trace = simulator.explain(passthrough(VirtualFunctions.Nic.ID), "vm1", "net0");
        List<String> events = trace.steps().stream().map(RequestTrace.Step::event).toList();
        assertTrue(events.indexOf("DEVICE") > 0, events.toString());
        assertFalse(events.subList(0, events.indexOf("DEVICE")).contains("VM_EXIT"), "no exit before the DMA: "
                + events);
        assertTrue(trace.steps().stream().anyMatch(s -> s.note().contains("mapped doorbell (no exit)")));
    }

    @Test
    void aStagedFamilyCostsWhatTheEnginesOwnPassthroughPathCostsForTheSameStages() throws Exception {
        installVirtualFunctions();
        DeviceResult staged = run(passthrough(VirtualFunctions.Nic.ID));
        DeviceResult assigned = run(passthrough("physical-nic"));
        assertEquals(assigned.completed(), staged.completed());
        assertEquals(assigned.exitsPerRequest(), staged.exitsPerRequest(), 1e-9);
        for (ContextKind kind : ContextKind.values()) {
            double expected = assigned.cpuMicrosPerRequest().getOrDefault(kind, 0.0);
            assertEquals(expected, staged.cpuMicrosPerRequest().getOrDefault(kind, 0.0), expected * 1e-3 + 1e-9,
                    kind.toString());
        }
    }

    @Test
    void aModelWhoseFamilyIsNotInstalledIsRefusedNamingTheFamily() {
        plugins.register(DeviceModel.class, new VirtualFunctions.Nic());
        NotRunnableException refused = assertThrows(NotRunnableException.class,
                () -> simulator.run(passthrough(VirtualFunctions.Nic.ID), RunOptions.seconds(1, 11)));
        assertTrue(refused.reasons().stream().anyMatch(p -> p.contains("device model 'test-vf-nic' is of device "
                + "family 'test-vf', which is not installed (installed: emulated, passthrough, synthetic)")),
                refused.reasons().toString());
    }

    @Test
    void aFamilyWhoseStagesDoNotStartInTheGuestFailsTheRunNamingTheFamily() {
        plugins.register(DeviceModel.class, new VirtualFunctions.Nic());
        plugins.register(DeviceFamily.class, new DeviceFamily() {
            @Override
            public String id() {
                return VirtualFunctions.ID;
            }

            @Override
            public String description() {
                return "starts with the device";
            }

            @Override
            public RequestPath path(DeviceModel model, PathSite site) {
                List<Stage> stages = List.of(Stage.device(), Stage.guest());
                return site.staged(model.id(), 8, stages, stages);
            }
        });
        NotRunnableException refused = assertThrows(NotRunnableException.class,
                () -> simulator.run(passthrough(VirtualFunctions.Nic.ID), RunOptions.seconds(1, 11)));
        String problem = String.join("\n", refused.reasons());
        assertTrue(problem.contains("device family 'test-vf'") && problem.contains("failed in path()")
                && problem.contains("must start and end in the guest"), problem);
    }

    @Test
    void removingAPluginFamilyParksItsDevicesAndItsReturnResumesThem() throws Exception {
        plugins.register(DeviceModel.class, new VirtualFunctions.Nic());
        ServiceRegistration<DeviceFamily> family = plugins.register(DeviceFamily.class, new VirtualFunctions());
        Configuration configuration = passthrough(VirtualFunctions.Nic.ID);
        configuration.getVirtualMachines().get(0).getWorkloads().get(0).setRatePerSecond(5_000);
        Simulation run = simulator.start(configuration, RunOptions.seconds(1, 5));
        run.advanceTo(300_000_000L);
        family.unregister();
        DeviceResult whileParked = run.advanceTo(600_000_000L).device("vm1", "net0").orElseThrow();
        assertTrue(whileParked.status().startsWith("parked: device family 'test-vf' was uninstalled"),
                whileParked.status());
        assertTrue(whileParked.waiting() > 500, "requests wait in the guest: " + whileParked.waiting());
        plugins.register(DeviceFamily.class, new VirtualFunctions());
        RunResult end = run.runToEnd();
        DeviceResult resumed = end.device("vm1", "net0").orElseThrow();
        assertEquals(RunResult.Status.COMPLETED, end.status(), end.failure());
        assertEquals("active", resumed.status());
        assertTrue(resumed.completed() > whileParked.completed() + whileParked.waiting() / 2,
                "the parked requests were served after the family came back");
    }
}
