package org.vwb.core.internal.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;

/**
 * The response side of a synthetic channel: the back end publishes responses (completions, received frames)
 * into the used ring and interrupts the guest only if the guest asked to be; the guest's handler consumes every
 * response published by then, runs its stack's share of each (once per unit that reached it, {@link Framing}),
 * and polls again while more arrive. A multi-queue device has one per queue, each its own interrupt vector.
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

    Responses(PathEnvironment env, boolean suppresses, Framing framing, Consumer<List<Request>> completed) {
        this.env = env;
        this.suppresses = suppresses;
        this.framing = framing;
        this.completed = completed;
    }

    /** The back end has written these responses; the guest hears of them if it asked to. */
    void publish(List<Request> responses) {
        ring.addAll(responses);
        if (guestWantsInterrupt || !suppresses) {
            guestWantsInterrupt = false;
            Charger charger = env.charger();
            DeviceContexts contexts = env.contexts();
            Request cause = responses.get(responses.size() - 1);
            double inject = charger.cross(contexts, contexts.route().backend(), ContextKind.HYPERVISOR,
                    env.stats(), cause, (Note) () -> "back end signals the guest");
            inject += charger.charge(contexts.hypervisor(), CostEvent.INTERRUPT_INJECTION, 1, env.stats(), cause,
                    (Note) () -> "inject the virtual interrupt");
            env.processors().execute(contexts.route().backend(), inject,
                    () -> env.vcpus().acquire(this::handle));
        }
    }

    /** The guest's handler consumes every response published by now, and polls again while more arrive. */
    private void handle() {
        // two lists in turn: a handler that finds more responses starts the next run before its own batch completes
        List<Request> batch = previous;
        previous = this.batch;
        this.batch = batch;
        batch.clear();
        Batches.takeAll(ring, batch);
        Charger charger = env.charger();
        Request first = batch.isEmpty() ? null : batch.get(0);
        double cycles = charger.charge(env.contexts().guest(), CostEvent.GUEST_INTERRUPT_HANDLER, 1, env.stats(),
                first, (Note) () -> "guest handler runs for " + batch.size() + " response(s)");
        for (Request request : batch) {
            cycles += charger.charge(env.contexts().guest(), CostEvent.RING_DEQUEUE, 1, env.stats(), request,
                    (Note) () -> "read the response");
            cycles += GuestWork.afterCompletion(env, request, framing.receiveUnits(request.bytes));
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
