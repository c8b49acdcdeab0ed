package org.vwb.core.api.family;

import java.util.List;

import org.vwb.core.api.ContextKind;

/**
 * One stage of a staged request path: work on a context's processors, or the physical device's transfer.
 *
 * <p>A work stage waits for a processor of the context it runs on ({@link ContextKind#GUEST}: one of the VM's
 * vCPUs; a parent partition, worker or driver domain: their own processors where they have a fixed number; the
 * hypervisor: any core), pays its charges and runs their cycles on a host core, then releases the processor.
 * Charges may be paid by another context than the one the stage runs on: an exit the guest takes is paid by the
 * hypervisor while the guest's vCPU is held.
 *
 * @param runsOn   the context whose processor the stage holds; null for a device stage
 * @param charges  what the stage pays; empty for a device stage
 * @param transfer whether this is the physical device's transfer (the payload's DMA, or a frame arriving)
 *
 * @since 1.0
 */
public record Stage(ContextKind runsOn, List<Charge> charges, boolean transfer) {

    public Stage {
        charges = List.copyOf(charges);
        if (transfer != (runsOn == null) || transfer && !charges.isEmpty()) {
            throw new IllegalArgumentException("a stage is either work on a context with charges, or the device");
        }
    }

    /** Work on one of the VM's vCPUs. */
    public static Stage guest(Charge... charges) {
        return new Stage(ContextKind.GUEST, List.of(charges), false);
    }

    /** Work on a context's processors. */
    public static Stage on(ContextKind context, Charge... charges) {
        return new Stage(context, List.of(charges), false);
    }

    /** The physical device transfers the request's payload (or the frame arrives), taking the link's time. */
    public static Stage device() {
        return new Stage(null, List.of(), true);
    }

    /**
     * Checks the stages of one request: there is at least one, and the first and the last run in the guest (its
     * driver issues the request, its interrupt handler completes it).
     *
     * @throws IllegalArgumentException naming the model if not
     */
    public static void requireRequestPath(String modelId, List<Stage> stages) {
        if (stages.isEmpty() || stages.get(0).runsOn() != ContextKind.GUEST
                || stages.get(stages.size() - 1).runsOn() != ContextKind.GUEST) {
            throw new IllegalArgumentException(modelId + ": a request's stages must start and end in the guest "
                    + "(its driver issues the request, its interrupt handler completes it)");
        }
    }
}
