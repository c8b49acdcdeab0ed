package org.vwb.core.internal.paths;

import java.util.function.Consumer;
import java.util.function.IntSupplier;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.InterruptModeration;
import org.vwb.core.internal.engine.Event;
import org.vwb.core.internal.paths.FixedCharges.Sequence;

/**
 * The response side of a synthetic channel: the back end publishes responses (completions, received frames)
 * into the used ring and interrupts the guest only if the guest asked to be; the guest's handler consumes every
 * response published by then, runs its stack's share of each (once per unit that reached it, {@link Framing}),
 * and polls again while more arrive. A multi-queue device has one per queue, each its own interrupt vector, each
 * moderated on its own ({@link InterruptGate}: vmxnet3's rate-based coalescing, PVSCSI's vIC).
 */
final class Responses implements Event {

    private final DevicePath path;
    private final boolean suppresses;
    private final Framing framing;
    private final Consumer<Request> completed;
    private final RequestQueue ring = new RequestQueue();
    private boolean guestWantsInterrupt = true;
    private final InterruptGate gate;
    private final InterruptModeration moderation;
    private final IntSupplier inDevice;

    /**
     * @param completed  takes each batch the guest's handler has done with ({@link DevicePath#completedAll})
     * @param moderation the queue's interrupt moderation
     * @param inDevice   the queue's requests taken and not yet published back
     * @param failed     told when the moderation fails
     */
    Responses(DevicePath path, boolean suppresses, Framing framing, Consumer<Request> completed,
            InterruptModeration moderation, IntSupplier inDevice, Consumer<RuntimeException> failed) {
        this.path = path;
        this.suppresses = suppresses;
        this.framing = framing;
        this.completed = completed;
        this.inDevice = inDevice;
        this.moderation = moderation;
        this.gate = new InterruptGate(path.env.engine(), moderation, this::heldInterruptDue, failed);
    }

    /** Reads what a response will: see {@link Event#touch}. */
    @Override
    public long touch() {
        Request head = ring.peekFirst();
        return (head == null ? 0 : 1) + gate.touch();
    }

    /** The back end has written these responses; the guest hears of them if it asked to, when moderation lets it. */
    void publishAll(Request batch) {
        for (Request response = batch; response != null;) {
            Request next = RequestQueue.release(response);
            ring.add(response);
            response = next;
        }
        published();
    }

    /** The back end has written one response: {@link #publishAll} of a single request. */
    void publish(Request response) {
        ring.add(response);
        published();
    }

    private void published() {
        if ((guestWantsInterrupt || !suppresses) && gate.due(ring.size(), inDevice.getAsInt())) {
            interrupt(ring.peekLast());
        }
    }

    private void heldInterruptDue() {
        if (!ring.isEmpty() && (guestWantsInterrupt || !suppresses)) {
            interrupt(ring.peekLast());
        }
    }

    private void interrupt(Request cause) {
        guestWantsInterrupt = false;
        Charger charger = path.charger;
        DeviceContexts contexts = path.contexts;
        if (!charger.tracing()) {
            ContextKind backend = contexts.route().backend();
            double inject = charger.charge(charger.fixed(Sequence.INJECT, backend, backend), contexts, path.stats);
            path.processors.execute(backend, inject, () -> path.vcpus.acquire(this));
            return;
        }
        double inject = charger.cross(contexts, contexts.route().backend(), ContextKind.HYPERVISOR, path.stats,
                cause, (Note) () -> "back end signals the guest");
        inject += charger.charge(contexts.hypervisor(), CostEvent.INTERRUPT_INJECTION, 1, path.stats, cause,
                (Note) () -> "inject the virtual interrupt");
        path.processors.execute(contexts.route().backend(), inject, () -> path.vcpus.acquire(this));
    }

    /**
     * The guest's handler runs (when a vCPU takes the interrupt): the queue is its own handler event, one object less
     * per queue to miss in the cache than a handler event of its own.
     */
    @Override
    public void fire() {
        handle();
    }

    /** The guest's handler consumes every response published by now, and polls again while more arrive. */
    private void handle() {
        // a handler that finds more responses starts the next run before its own batch completes: each run's batch
        // is its own chain
        int size = ring.size();
        Request batch = ring.takeAll();
        Charger charger = path.charger;
        double cycles = charger.charge(path.contexts.guest(), CostEvent.GUEST_INTERRUPT_HANDLER, 1, path.stats,
                batch, (Note) () -> "guest handler runs for " + size + " response(s)");
        long bytes = 0;
        for (Request request = batch; request != null; request = RequestQueue.next(request)) {
            cycles += charger.charge(path.contexts.guest(), CostEvent.RING_DEQUEUE, 1, path.stats, request,
                    (Note) () -> "read the response");
            cycles += GuestWork.afterCompletion(path, request, framing.receiveUnits(request.bytes));
            bytes += request.bytes;
        }
        if (moderation != InterruptModeration.NONE) {
            // a ring device has no registers to reprogram: the policy only learns what the handler took
            moderation.handled(size, bytes);
        }
        path.cpu.execute(cycles, () -> {
            if (!ring.isEmpty()) {
                handle();
            } else {
                path.vcpus.release();
                guestWantsInterrupt = true;
            }
            completed.accept(batch);
        });
    }
}
