package org.example.sriov;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.family.Charge;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.api.family.PathSite;
import org.vwb.core.api.family.RequestPath;
import org.vwb.core.api.family.Stage;
import org.vwb.model.DeviceKind;

/**
 * {@value #ID}: how a request of an SR-IOV virtual function travels (PCI-SIG Single Root I/O Virtualization and
 * Sharing 1.1, chapter 1, architectural overview: a VF has its own BARs, queues and MSI-X vectors). The hypervisor maps the VF's registers into the guest and the
 * IOMMU translates its DMA, so the data path has no exit: the guest's VF driver posts descriptors and rings the
 * doorbell through mapped MMIO, the VF moves the payload, and its MSI-X interrupt completes the request.
 *
 * <p>Only the interrupt can still cost exits: without exitless delivery the physical interrupt exits to the
 * hypervisor, which injects a virtual one, and the guest's end-of-interrupt write to the emulated local APIC
 * exits again: the two exits per interrupt that ELI removes (Gordon et al., "ELI: Bare-Metal Performance for I/O
 * Virtualization", ASPLOS 2012). With ELI's shadow IDT or posted interrupts ({@link
 * PathSite#exitlessInterrupts()}) the interrupt reaches the guest's handler directly. What each charge costs is
 * the run's cost model's; this family only says which events a request takes.
 */
@Component(service = DeviceFamily.class)
public final class VirtualFunctionFamily implements DeviceFamily {

    public static final String ID = "sriov-vf";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "SR-IOV virtual function assigned to the guest: no exits on the data path, interrupts through the "
                + "hypervisor or exitless (ELI)";
    }

    @Override
    public RequestPath path(DeviceModel model, PathSite site) {
        if (model.kind() != DeviceKind.NETWORK) {
            throw new IllegalArgumentException(site.device() + ": a virtual function of this family is a network "
                    + "device, not " + model.kind().getLiteral());
        }
        Stage issue = Stage.guest(Charge.of(ContextKind.GUEST, CostEvent.GUEST_DRIVER,
                "guest's VF driver posts the descriptor and rings the VF's mapped doorbell (no exit)"));
        List<Stage> stages = List.of(issue, Stage.device(), completion(site.exitlessInterrupts()));
        return site.staged(model.id(), model.maxInFlight(), stages, stages);
    }

    /** The VF's MSI-X interrupt reaching the guest's handler, and its end-of-interrupt write. */
    private static Stage completion(boolean exitless) {
        Charge handler = Charge.of(ContextKind.GUEST, CostEvent.GUEST_INTERRUPT_HANDLER,
                "guest's VF interrupt handler reaps the completed descriptors");
        if (exitless) {
            return Stage.guest(handler);
        }
        return Stage.guest(
                Charge.of(ContextKind.HYPERVISOR, CostEvent.VM_EXIT, "VF's interrupt arrives while the guest runs: exit"),
                Charge.of(ContextKind.HYPERVISOR, CostEvent.EXIT_HANDLING, "find the vector's owner"),
                Charge.of(ContextKind.HYPERVISOR, CostEvent.INTERRUPT_INJECTION, "inject the virtual interrupt"),
                Charge.of(ContextKind.HYPERVISOR, CostEvent.VM_ENTRY, "resume the guest"), handler,
                Charge.of(ContextKind.HYPERVISOR, CostEvent.VM_EXIT, "end-of-interrupt write to the local APIC: exit"),
                Charge.of(ContextKind.HYPERVISOR, CostEvent.EXIT_HANDLING, "emulate the end of interrupt"),
                Charge.of(ContextKind.HYPERVISOR, CostEvent.VM_ENTRY, "resume the guest"));
    }
}
