package org.vwb.core.tests;

import java.util.List;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.family.Charge;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.api.family.PathSite;
import org.vwb.core.api.family.RequestPath;
import org.vwb.core.api.family.Stage;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * A device family as a plugin would write one, for the tests: an SR-IOV virtual function whose driver in the
 * guest rings the VF's doorbell through mapped MMIO (no exit), the VF DMAs the payload, and the completion
 * interrupt reaches the guest directly (ELI, posted interrupts) or through the hypervisor: an exit, an injection,
 * and an exit for the end-of-interrupt write. The stages are those of the engine's own passthrough path.
 */
final class VirtualFunctions implements DeviceFamily {

    static final String ID = "test-vf";

    /** A model of the family: a VF of a 10 GbE NIC. */
    static final class Nic implements DeviceModel {
        static final String ID = "test-vf-nic";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.NETWORK;
        }

        @Override
        public DeviceMode mode() {
            return DeviceMode.PASSTHROUGH;
        }

        @Override
        public String description() {
            return "virtual function of a test NIC";
        }

        @Override
        public String source() {
            return "PCI-SIG SR-IOV 1.1, section 2 (virtual functions)";
        }

        @Override
        public int maxInFlight() {
            return 64;
        }

        @Override
        public String family() {
            return VirtualFunctions.ID;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "SR-IOV virtual function assigned to the guest";
    }

    @Override
    public RequestPath path(DeviceModel model, PathSite site) {
        Stage issue = Stage.guest(Charge.of(ContextKind.GUEST, CostEvent.GUEST_DRIVER,
                "guest's VF driver posts the request and rings the mapped doorbell (no exit)"));
        Charge handler = Charge.of(ContextKind.GUEST, CostEvent.GUEST_INTERRUPT_HANDLER, "interrupt handler");
        Stage complete = site.exitlessInterrupts() ? Stage.guest(handler) : Stage.guest(
                Charge.of(ContextKind.HYPERVISOR, CostEvent.VM_EXIT, "physical interrupt while the guest runs: exit"),
                Charge.of(ContextKind.HYPERVISOR, CostEvent.EXIT_HANDLING, "find the interrupt's owner"),
                Charge.of(ContextKind.HYPERVISOR, CostEvent.INTERRUPT_INJECTION, "inject the virtual interrupt"),
                Charge.of(ContextKind.HYPERVISOR, CostEvent.VM_ENTRY, "resume the guest"), handler,
                Charge.of(ContextKind.HYPERVISOR, CostEvent.VM_EXIT, "end-of-interrupt write: exit"),
                Charge.of(ContextKind.HYPERVISOR, CostEvent.EXIT_HANDLING, "emulate the EOI"),
                Charge.of(ContextKind.HYPERVISOR, CostEvent.VM_ENTRY, "resume the guest"));
        List<Stage> stages = List.of(issue, Stage.device(), complete);
        return site.staged(model.id(), model.maxInFlight(), stages, stages);
    }
}
