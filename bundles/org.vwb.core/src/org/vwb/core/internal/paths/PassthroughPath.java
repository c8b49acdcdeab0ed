package org.vwb.core.internal.paths;

import org.vwb.core.api.CostEvent;

/**
 * The guest's own driver on a physical device. Assigned to a guest (or an SR-IOV virtual function), it rings the
 * device's doorbell through mapped MMIO without an exit; its completion interrupt either reaches the guest
 * directly (posted interrupts, ELI: Gordon et al., ASPLOS 2012) or makes the hypervisor take an exit, inject a
 * virtual interrupt, and take another exit for the guest's end-of-interrupt write. On bare metal ({@link #native})
 * there is no hypervisor: the same driver and the same interrupt, with nothing to exit to; an assigned device with
 * exitless interrupts therefore costs what native does, as ELI's 97-100% of bare metal says it nearly does.
 * A receive is the same round in this order too: the driver posts a buffer, the device DMAs the frame into it
 * and interrupts; the guest's stack then takes the frame.
 */
public final class PassthroughPath extends DevicePath {

    private static final int QUEUE_DEPTH = 64;

    /**
     * A physical NIC's largest MTU taken here: 9,000-byte jumbo frames (Linux ixgbe: IXGBE_MAX_JUMBO_FRAME_SIZE
     * 9,728 bytes of frame). Its TSO and the driver's GRO (Linux napi_gro_receive) give the guest's own driver both
     * offloads, unless the configuration turns them off.
     */
    private static final int PHYSICAL_MAX_MTU = 9_000;

    private final String modelId;
    private final boolean exitlessInterrupts;
    private final boolean nativeDriver;
    private final Framing framing;

    private PassthroughPath(PathEnvironment env, String modelId, boolean exitlessInterrupts, boolean nativeDriver) {
        super(env);
        this.modelId = modelId;
        this.exitlessInterrupts = exitlessInterrupts;
        this.nativeDriver = nativeDriver;
        this.framing = Framing.of(env.kind(), env.setup(), PHYSICAL_MAX_MTU, true, true);
    }

    /** A device assigned to a guest of a hypervisor. */
    public static PassthroughPath assigned(PathEnvironment env, String modelId, boolean exitlessInterrupts) {
        return new PassthroughPath(env, modelId, exitlessInterrupts, false);
    }

    /** The operating system's own driver on the physical device, no hypervisor at all. */
    public static PassthroughPath nativeDriver(PathEnvironment env) {
        return new PassthroughPath(env, "native", true, true);
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    protected void pump() {
        while (accepting() && inFlight < QUEUE_DEPTH && !waiting.isEmpty()) {
            Request request = waiting.poll();
            inFlight++;
            vcpus.acquire(() -> drive(request));
        }
    }

    private void drive(Request request) {
        // the driver posts one descriptor per large send, or per frame; a receive buffer per frame the NIC fills
        int units = receives(request) ? framing.frames(request.bytes) : framing.transmitUnits(request.bytes);
        double cycles = GuestWork.beforeIssue(this, request, units);
        cycles += charger.charge(contexts.guest(), CostEvent.GUEST_DRIVER, units, stats, request,
                nativeDriver ? (Note) () -> "the OS's driver posts the request and rings the device's doorbell"
                        : (Note) () -> "guest's own driver posts the request and rings the mapped doorbell (no exit)");
        cpu.execute(cycles, () -> {
            vcpus.release();
            if (link == null) {
                interrupt(request);
            } else {
                long nanos = link.serve(request.bytes, () -> interrupt(request));
                charger.traceWait(contexts.guest(), "DEVICE", nanos, request, (Note) () -> "device "
                        + link.name() + (receives(request) ? " receives " : " transfers ") + request.bytes
                        + " bytes by DMA");
            }
        });
    }

    private void interrupt(Request request) {
        double cycles = 0;
        if (!exitlessInterrupts) {
            cycles += charger.charge(contexts.hypervisor(), CostEvent.VM_EXIT, 1, stats, request,
                    (Note) () -> "physical interrupt while the guest runs: exit");
            cycles += charger.charge(contexts.hypervisor(), CostEvent.EXIT_HANDLING, 1, stats, request,
                    (Note) () -> "find the interrupt's owner");
            cycles += charger.charge(contexts.hypervisor(), CostEvent.INTERRUPT_INJECTION, 1, stats, request,
                    (Note) () -> "inject the virtual interrupt");
            cycles += charger.charge(contexts.hypervisor(), CostEvent.VM_ENTRY, 1, stats, request,
                    (Note) () -> "resume the guest");
        }
        double handling = cycles;
        vcpus.acquire(() -> {
            double guest = handling + charger.charge(contexts.guest(), CostEvent.GUEST_INTERRUPT_HANDLER, 1,
                    stats, request, (Note) () -> "interrupt handler");
            if (!exitlessInterrupts) {
                guest += charger.charge(contexts.hypervisor(), CostEvent.VM_EXIT, 1, stats, request,
                        (Note) () -> "end-of-interrupt write to the virtual APIC: exit");
                guest += charger.charge(contexts.hypervisor(), CostEvent.EXIT_HANDLING, 1, stats, request,
                        (Note) () -> "emulate the EOI");
                guest += charger.charge(contexts.hypervisor(), CostEvent.VM_ENTRY, 1, stats, request,
                        (Note) () -> "resume the guest");
            }
            guest += GuestWork.afterCompletion(this, request, framing.receiveUnits(request.bytes));
            cpu.execute(guest, () -> {
                vcpus.release();
                completed(request);
            });
        });
    }
}
