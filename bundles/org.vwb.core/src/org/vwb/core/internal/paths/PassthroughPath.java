package org.vwb.core.internal.paths;

import org.vwb.core.CostEvent;

/**
 * A device assigned to the guest (or an SR-IOV virtual function): the guest's own driver rings the device's
 * doorbell through mapped MMIO without an exit. Its completion interrupt either reaches the guest directly
 * (posted interrupts, ELI: Gordon et al., ASPLOS 2012) or makes the hypervisor take an exit, inject a virtual
 * interrupt, and take another exit for the guest's end-of-interrupt write.
 */
public final class PassthroughPath extends DevicePath {

    private static final int QUEUE_DEPTH = 64;

    private final String modelId;
    private final boolean exitlessInterrupts;

    public PassthroughPath(PathEnvironment env, String modelId, boolean exitlessInterrupts) {
        super(env);
        this.modelId = modelId;
        this.exitlessInterrupts = exitlessInterrupts;
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
            env.vcpus().acquire(() -> drive(request));
        }
    }

    private void drive(Request request) {
        double cycles = env.charger().charge(env.contexts().guest(), CostEvent.GUEST_DRIVER, 1, env.stats(),
                request, (Note) () -> "guest's own driver posts the request and rings the mapped doorbell (no exit)");
        env.cpu().execute(cycles, () -> {
            env.vcpus().release();
            if (env.link() == null) {
                interrupt(request);
            } else {
                long nanos = env.link().serve(request.bytes, () -> interrupt(request));
                env.charger().traceWait(env.contexts().guest(), "DEVICE", nanos, request, (Note) () -> "assigned device " + env.link().name() + " transfers " + request.bytes + " bytes by DMA");
            }
        });
    }

    private void interrupt(Request request) {
        Charger charger = env.charger();
        DeviceContexts contexts = env.contexts();
        double cycles = 0;
        if (!exitlessInterrupts) {
            cycles += charger.charge(contexts.hypervisor(), CostEvent.VM_EXIT, 1, env.stats(), request,
                    (Note) () -> "physical interrupt while the guest runs: exit");
            cycles += charger.charge(contexts.hypervisor(), CostEvent.EXIT_HANDLING, 1, env.stats(), request,
                    (Note) () -> "find the interrupt's owner");
            cycles += charger.charge(contexts.hypervisor(), CostEvent.INTERRUPT_INJECTION, 1, env.stats(), request,
                    (Note) () -> "inject the virtual interrupt");
            cycles += charger.charge(contexts.hypervisor(), CostEvent.VM_ENTRY, 1, env.stats(), request,
                    (Note) () -> "resume the guest");
        }
        double handling = cycles;
        env.vcpus().acquire(() -> {
            double guest = handling + charger.charge(contexts.guest(), CostEvent.GUEST_INTERRUPT_HANDLER, 1,
                    env.stats(), request, (Note) () -> "guest interrupt handler");
            if (!exitlessInterrupts) {
                guest += charger.charge(contexts.hypervisor(), CostEvent.VM_EXIT, 1, env.stats(), request,
                        (Note) () -> "end-of-interrupt write to the virtual APIC: exit");
                guest += charger.charge(contexts.hypervisor(), CostEvent.EXIT_HANDLING, 1, env.stats(), request,
                        (Note) () -> "emulate the EOI");
                guest += charger.charge(contexts.hypervisor(), CostEvent.VM_ENTRY, 1, env.stats(), request,
                        (Note) () -> "resume the guest");
            }
            env.cpu().execute(guest, () -> {
                env.vcpus().release();
                completed(request);
            });
        });
    }
}
