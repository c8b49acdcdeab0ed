package org.vwb.core.internal.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.vwb.core.ContextKind;
import org.vwb.core.CostEvent;
import org.vwb.core.SyntheticDeviceModel;

/**
 * A synthetic device: a request ring and a response ring in guest-shared memory between a front end in the guest
 * and a back end where the placement puts it. A side signals the other only when the other asked for it (virtio
 * event index, VMBus interrupt mask): a back end that is already draining the ring is not notified again, a guest
 * already polling responses is not interrupted again, so under load one notification and one interrupt carry
 * many requests. Without suppression every request notifies and every response interrupts.
 */
public final class SyntheticPath extends DevicePath {

    private final SyntheticDeviceModel model;
    private final int slots;
    private final boolean suppresses;
    private final ArrayDeque<Request> requestRing = new ArrayDeque<>();
    private final ArrayDeque<Request> responseRing = new ArrayDeque<>();
    private boolean backendRunning;
    private boolean backendWantsNotification = true;
    private boolean guestWantsInterrupt = true;
    private boolean submitting;

    public SyntheticPath(PathEnvironment env, SyntheticDeviceModel model) {
        super(env);
        this.model = model;
        this.slots = Math.max(1, Math.min(model.ringSlots(), model.maxInFlight()));
        this.suppresses = model.suppressesNotifications();
    }

    @Override
    public String modelId() {
        return model.id();
    }

    /**
     * Takes every waiting request the ring has room for into one submission: a front end that finds several
     * requests queued posts them all and notifies once (Linux virtio-net and netvsc {@code xmit_more}, a block
     * queue's plug). One submission at a time per device, as the guest's transmit queue lock allows; requests that
     * arrive meanwhile form the next, larger batch.
     */
    @Override
    protected void pump() {
        if (submitting || !accepting() || waiting.isEmpty() || inFlight >= slots) {
            return;
        }
        List<Request> batch = new ArrayList<>(Math.min(waiting.size(), slots - inFlight));
        while (inFlight < slots && !waiting.isEmpty()) {
            batch.add(waiting.poll());
            inFlight++;
        }
        submitting = true;
        env.vcpus().acquire(() -> submit(batch));
    }

    /** The front end writes the descriptors, publishes them, then notifies the back end if it asked to be. */
    private void submit(List<Request> batch) {
        Charger charger = env.charger();
        DeviceContexts contexts = env.contexts();
        double cycles = 0;
        for (Request request : batch) {
            cycles += charger.charge(contexts.guest(), CostEvent.GUEST_DRIVER, 1, env.stats(), request,
                    (Note) () -> "front end prepares the request (" + batch.size() + " posted together)");
            cycles += charger.charge(contexts.guest(), CostEvent.RING_ENQUEUE, 1, env.stats(), request,
                    (Note) () -> "write a " + model.descriptorBytes() + "-byte descriptor, move the producer index");
        }
        Request last = batch.get(batch.size() - 1);
        env.cpu().execute(cycles, () -> {
            requestRing.addAll(batch);
            submitting = false;
            if (backendWantsNotification || !suppresses) {
                backendWantsNotification = false;
                env.cpu().execute(notificationCycles(last), () -> {
                    env.vcpus().release();
                    wakeBackend(last);
                    pump();
                });
            } else {
                env.vcpus().release();
                pump();
            }
        });
    }

    private double notificationCycles(Request request) {
        Charger charger = env.charger();
        DeviceContexts contexts = env.contexts();
        env.stats().notifications++;
        double cycles = charger.charge(contexts.hypervisor(), CostEvent.VM_EXIT, 1, env.stats(), request,
                (Note) () -> "notify the back end (doorbell / hypercall): exit");
        cycles += charger.charge(contexts.hypervisor(), CostEvent.EXIT_HANDLING, 1, env.stats(), request,
                (Note) () -> "decode the notification");
        cycles += charger.charge(contexts.hypervisor(), CostEvent.CHANNEL_SIGNAL, 1, env.stats(), request,
                (Note) () -> "signal the back end's channel");
        return cycles + charger.charge(contexts.hypervisor(), CostEvent.VM_ENTRY, 1, env.stats(), request,
                (Note) () -> "resume the guest");
    }

    private void wakeBackend(Request cause) {
        if (!backendRunning) {
            backendRunning = true;
            drain(cause);
        }
    }

    /** The back end takes every published request, passes each to the physical driver, and looks again. */
    private void drain(Request wokenBy) {
        if (requestRing.isEmpty()) {
            backendRunning = false;
            backendWantsNotification = true;
            return;
        }
        Charger charger = env.charger();
        DeviceContexts contexts = env.contexts();
        double cycles = wokenBy == null ? 0 : charger.cross(contexts, ContextKind.HYPERVISOR,
                contexts.route().backend(), env.stats(), wokenBy, (Note) () -> "wake the back end");
        List<Request> batch = new ArrayList<>(requestRing);
        requestRing.clear();
        for (Request request : batch) {
            cycles += charger.charge(contexts.backend(), CostEvent.RING_DEQUEUE, 1, env.stats(), request, (Note) () -> "back end reads the descriptor (batch of " + batch.size() + ")");
            cycles += charger.charge(contexts.backend(), CostEvent.BACKEND, 1, env.stats(), request,
                    (Note) () -> "back end translates the request");
            if (model.copiesPayload()) {
                cycles += charger.copy(contexts.backend(), request.bytes, env.stats(), request, (Note) () -> "back end copies " + request.bytes + " bytes from guest memory");
            }
            cycles += charger.cross(contexts, contexts.route().backend(), contexts.route().driver(), env.stats(),
                    request, (Note) () -> "hand the request to the physical driver");
            cycles += charger.charge(contexts.driver(), CostEvent.PHYSICAL_DRIVER, 1, env.stats(), request,
                    (Note) () -> "physical driver programs the device and handles its interrupt");
        }
        env.cpu().execute(cycles, () -> {
            for (Request request : batch) {
                serve(request);
            }
            drain(null);
        });
    }

    private void serve(Request request) {
        if (env.link() == null) {
            respond(request);
            return;
        }
        long nanos = env.link().serve(request.bytes, () -> respond(request));
        env.charger().traceWait(env.contexts().driver(), "DEVICE", nanos, request, (Note) () -> "physical device " + env.link().name() + " transfers " + request.bytes + " bytes");
    }

    /** The back end publishes the response and interrupts the guest if it asked to be. */
    private void respond(Request request) {
        Charger charger = env.charger();
        DeviceContexts contexts = env.contexts();
        double cycles = charger.cross(contexts, contexts.route().driver(), contexts.route().backend(), env.stats(),
                request, (Note) () -> "completion back to the back end");
        cycles += charger.charge(contexts.backend(), CostEvent.RING_ENQUEUE, 1, env.stats(), request,
                (Note) () -> "write the response, move the used index");
        env.cpu().execute(cycles, () -> {
            responseRing.add(request);
            if (guestWantsInterrupt || !suppresses) {
                guestWantsInterrupt = false;
                double inject = charger.cross(contexts, contexts.route().backend(), ContextKind.HYPERVISOR,
                        env.stats(), request, (Note) () -> "back end signals the guest");
                inject += charger.charge(contexts.hypervisor(), CostEvent.INTERRUPT_INJECTION, 1, env.stats(),
                        request, (Note) () -> "inject the virtual interrupt");
                env.cpu().execute(inject, () -> env.vcpus().acquire(this::handleResponses));
            }
        });
    }

    /** The guest's handler consumes every response published by now, and polls again while more arrive. */
    private void handleResponses() {
        List<Request> batch = new ArrayList<>(responseRing);
        responseRing.clear();
        Charger charger = env.charger();
        Request first = batch.isEmpty() ? null : batch.get(0);
        double cycles = charger.charge(env.contexts().guest(), CostEvent.GUEST_INTERRUPT_HANDLER, 1, env.stats(),
                first, (Note) () -> "guest handler runs for " + batch.size() + " response(s)");
        for (Request request : batch) {
            cycles += charger.charge(env.contexts().guest(), CostEvent.RING_DEQUEUE, 1, env.stats(), request,
                    (Note) () -> "read the response");
        }
        env.cpu().execute(cycles, () -> {
            if (!responseRing.isEmpty()) {
                handleResponses();
            } else {
                env.vcpus().release();
                guestWantsInterrupt = true;
            }
            completedAll(batch);
        });
    }
}
