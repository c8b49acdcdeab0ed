package org.vwb.core.internal.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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
final class Responses {

    private final PathEnvironment env;
    private final boolean suppresses;
    private final Framing framing;
    private final Consumer<List<Request>> completed;
    private final ArrayDeque<Request> ring = new ArrayDeque<>();
    private boolean guestWantsInterrupt = true;
    private List<Request> batch = new ArrayList<>();
    private List<Request> previous = new ArrayList<>();
    private final InterruptGate gate;
    private final InterruptModeration moderation;
    private final IntSupplier inDevice;
    private final Event onInterrupt = this::handle; // one per queue, not per interrupt

    /**
     * @param moderation the queue's interrupt moderation
     * @param inDevice   the queue's requests taken and not yet published back
     * @param failed     told when the moderation fails
     */
    Responses(PathEnvironment env, boolean suppresses, Framing framing, Consumer<List<Request>> completed,
            InterruptModeration moderation, IntSupplier inDevice, Consumer<RuntimeException> failed) {
        this.env = env;
        this.suppresses = suppresses;
        this.framing = framing;
        this.completed = completed;
        this.inDevice = inDevice;
        this.moderation = moderation;
        this.gate = new InterruptGate(env.engine(), moderation, this::heldInterruptDue, failed);
    }

    /** Reads what a response will: see {@link org.vwb.core.internal.engine.Event#touch}. */
    long touch() {
        Request head = ring.peekFirst();
        return (head == null ? 0 : 1) + batch.size() + previous.size() + gate.touch();
    }

    /** The back end has written these responses; the guest hears of them if it asked to, when moderation lets it. */
    void publish(List<Request> responses) {
        // one by one: ArrayDeque.addAll walks the list with an iterator and a lambda, two objects per publish
        for (int i = 0; i < responses.size(); i++) {
            ring.add(responses.get(i));
        }
        published();
    }

    /** The back end has written one response: {@link #publish(List)} of a single request, without a list. */
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
        Charger charger = env.charger();
        DeviceContexts contexts = env.contexts();
        if (!charger.tracing()) {
            ContextKind backend = contexts.route().backend();
            double inject = charger.charge(charger.fixed(Sequence.INJECT, backend, backend), contexts, env.stats());
            env.processors().execute(backend, inject, () -> env.vcpus().acquire(onInterrupt));
            return;
        }
        double inject = charger.cross(contexts, contexts.route().backend(), ContextKind.HYPERVISOR, env.stats(),
                cause, (Note) () -> "back end signals the guest");
        inject += charger.charge(contexts.hypervisor(), CostEvent.INTERRUPT_INJECTION, 1, env.stats(), cause,
                (Note) () -> "inject the virtual interrupt");
        env.processors().execute(contexts.route().backend(), inject, () -> env.vcpus().acquire(onInterrupt));
    }

    /** The guest's handler consumes every response published by now, and polls again while more arrive. */
    private void handle() {
        // two lists in turn: a handler that finds more responses starts the next run before its own batch completes
        List<Request> batch = previous;
        previous = this.batch;
        this.batch = batch;
        Batches.refill(ring, batch);
        Charger charger = env.charger();
        Request first = batch.isEmpty() ? null : batch.get(0);
        double cycles = charger.charge(env.contexts().guest(), CostEvent.GUEST_INTERRUPT_HANDLER, 1, env.stats(),
                first, (Note) () -> "guest handler runs for " + batch.size() + " response(s)");
        long bytes = 0;
        for (Request request : batch) {
            cycles += charger.charge(env.contexts().guest(), CostEvent.RING_DEQUEUE, 1, env.stats(), request,
                    (Note) () -> "read the response");
            cycles += GuestWork.afterCompletion(env, request, framing.receiveUnits(request.bytes));
            bytes += request.bytes;
        }
        if (moderation != InterruptModeration.NONE) {
            // a ring device has no registers to reprogram: the policy only learns what the handler took
            moderation.handled(batch.size(), bytes);
        }
        env.cpu().execute(cycles, () -> {
            if (!ring.isEmpty()) {
                handle();
            } else {
                env.vcpus().release();
                guestWantsInterrupt = true;
            }
            completed.accept(batch);
        });
    }
}
