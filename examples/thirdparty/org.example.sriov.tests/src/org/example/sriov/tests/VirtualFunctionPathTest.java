package org.example.sriov.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.example.sriov.ExitlessSriovProfile;
import org.example.sriov.InjectedSriovProfile;
import org.example.sriov.VirtualFunctionNic;
import org.junit.jupiter.api.Test;
import org.vwb.core.RequestTrace;
import org.vwb.core.Simulator;
import org.vwb.core.api.CostEvent;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.VirtualDevice;
import org.vwb.model.persistence.ModelFiles;

/**
 * In vwb's engine, a device of the plugin's model takes the plugin family's path (the steps {@code vwb explain}
 * shows carry the family's notes), not the engine's own passthrough path.
 */
class VirtualFunctionPathTest {

    private static final Path SEED = Path.of("../../seed/esx-vs-hyperv.vwb");

    private final Simulator simulator = VwbRuntime.start(getClass());

    /** The seed's Hyper-V configuration on the profile's KVM host, its legacy VM's NIC a virtual function. */
    private Configuration withVirtualFunction(String profile) throws Exception {
        Configuration variant = simulator.variant(ModelFiles.load(SEED).getConfigurations().stream()
                .filter(c -> c.getName().equals("hyperv-2008")).findFirst().orElseThrow(), profile);
        VirtualDevice nic = variant.getVirtualMachines().stream().filter(vm -> vm.getName().equals("legacy-vm"))
                .findFirst().orElseThrow().getDevices().stream().filter(d -> d.getName().equals("net0")).findFirst()
                .orElseThrow();
        nic.setMode(DeviceMode.PASSTHROUGH);
        nic.setDeviceModel(VirtualFunctionNic.ID);
        nic.setBacking(variant.getHost().getDevices().stream().filter(p -> p.getKind() == DeviceKind.NETWORK)
                .findFirst().orElseThrow());
        return variant;
    }

    @Test
    void aRequestOfTheVirtualFunctionTakesTheFamilysStagesWithItsInterruptExits() throws Exception {
        RequestTrace trace = simulator.explain(withVirtualFunction(InjectedSriovProfile.ID), "legacy-vm", "net0");
        assertEquals(VirtualFunctionNic.ID, trace.deviceModel());
        assertTrue(trace.steps().stream().anyMatch(s -> s.note().contains("rings the VF's mapped doorbell")),
                trace.steps().toString());
        assertEquals(2, trace.count(CostEvent.VM_EXIT), "the interrupt's delivery and its EOI: " + trace.steps());
    }

    @Test
    void withExitlessInterruptsARequestOfTheVirtualFunctionNeverExits() throws Exception {
        RequestTrace trace = simulator.explain(withVirtualFunction(ExitlessSriovProfile.ID), "legacy-vm", "net0");
        assertTrue(trace.steps().stream().anyMatch(s -> s.note().contains("reaps the completed descriptors")),
                trace.steps().toString());
        assertEquals(0, trace.count(CostEvent.VM_EXIT), trace.steps().toString());
    }
}
