package org.vwb.core.internal.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.SyntheticDeviceModel;

/**
 * A synthetic device: a request ring and a response ring in guest-shared memory between a front end in the guest
 * and a back end where the placement puts it. A side signals the other only when the other asked for it (virtio
 * event index, VMBus interrupt mask): a back end that is already draining the ring is not notified again, a guest
 * already polling responses is not interrupted again, so under load one notification and one interrupt carry
 * many requests. Without suppression every request notifies and every response interrupts.
 * <p>
 * A network receive takes the other way round: the front end posts an empty buffer (the back end has buffers, so
 * it asks for no notification), the frame arrives at the physical NIC, whose driver's context takes the
 * interrupt; the back end finds the guest the frame is for and copies it into the posted buffer (the NIC DMAed it
 * into host memory before anyone knew which guest it belonged to, so a receive is copied even where a transmit is
 * not), publishes the response and interrupts the guest if it asked to be; the guest's stack then takes the frame.
 * <p>
 * The back end's work runs on the processors of its context (a parent partition or driver domain has only its
 * vCPUs) and, per device, on one thread per queue: a batch is spread over the device's queues.
 */
public final class SyntheticPath extends DevicePath {

    private final SyntheticDeviceModel model;
    private final int slots;
    private final boolean suppresses;
    private final int queues;
    private final ArrayDeque<Request> requestRing = new ArrayDeque<>();
    private final ArrayDeque<Request> arrived = new ArrayDeque<>();
    private final Responses responses;
    private boolean backendRunning;
    private boolean receiving;
    private boolean backendWantsNotification = true;
    private boolean submitting;
    private final java.util.function.Consumer<Request> onFrame = this::frameArrived; // one per path, not per frame

    public SyntheticPath(PathEnvironment env, SyntheticDeviceModel model) {
        super(env);
        this.model = model;
        this.slots = Math.max(1, Math.min(model.ringSlots(), model.maxInFlight()));
        this.suppresses = model.suppressesNotifications();
        this.queues = Math.max(1, model.queues());
        this.responses = new Responses(env, suppresses, this::completedAll);
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
        Request lastSent = null;
        for (Request request : batch) {
            boolean receive = env.receives(request);
            cycles += GuestWork.beforeIssue(env, request);
            cycles += charger.charge(contexts.guest(), CostEvent.GUEST_DRIVER, 1, env.stats(), request,
                    (Note) () -> "front end prepares the " + (receive ? "receive buffer" : "request") + " ("
                            + batch.size() + " posted together)");
            cycles += charger.charge(contexts.guest(), CostEvent.RING_ENQUEUE, 1, env.stats(), request,
                    (Note) () -> "write a " + model.descriptorBytes() + "-byte descriptor, move the producer index");
            if (!receive) {
                lastSent = request;
            }
        }
        Request last = lastSent;
        env.cpu().execute(cycles, () -> {
            submitting = false;
            for (Request request : batch) {
                if (env.receives(request)) {
                    awaitFrame(request, onFrame);
                } else {
                    requestRing.add(request);
                }
            }
            if (last != null && (backendWantsNotification || !suppresses)) {
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

    /**
     * The back end takes every published request, passes each to the physical driver, and looks again; the batch
     * is spread over the device's queues, each a thread of the back end's context.
     */
    private void drain(Request wokenBy) {
        if (requestRing.isEmpty()) {
            backendRunning = false;
            backendWantsNotification = true;
            return;
        }
        Charger charger = env.charger();
        DeviceContexts contexts = env.contexts();
        double wake = wokenBy == null ? 0 : charger.cross(contexts, ContextKind.HYPERVISOR,
                contexts.route().backend(), env.stats(), wokenBy, (Note) () -> "wake the back end");
        List<Request> batch = new ArrayList<>(requestRing);
        requestRing.clear();
        int lanes = Math.min(queues, batch.size());
        int[] left = { lanes };
        for (int lane = 0; lane < lanes; lane++) {
            List<Request> share = lanes == 1 ? batch : batch.subList(lane * batch.size() / lanes,
                    (lane + 1) * batch.size() / lanes);
            double cycles = lane == 0 ? wake : 0;
            for (Request request : share) {
                cycles += backendWork(request, batch.size());
            }
            env.processors().execute(contexts.route().backend(), contexts.route().driver(), cycles, () -> {
                for (Request request : share) {
                    serve(request);
                }
                if (--left[0] == 0) {
                    drain(null);
                }
            });
        }
    }

    private double backendWork(Request request, int batchSize) {
        Charger charger = env.charger();
        DeviceContexts contexts = env.contexts();
        double cycles = charger.charge(contexts.backend(), CostEvent.RING_DEQUEUE, 1, env.stats(), request,
                (Note) () -> "back end reads the descriptor (batch of " + batchSize + ")");
        cycles += charger.charge(contexts.backend(), CostEvent.BACKEND, 1, env.stats(), request,
                (Note) () -> "back end translates the request");
        if (model.copiesPayload()) {
            cycles += charger.copy(contexts.backend(), request.bytes, env.stats(), request,
                    (Note) () -> "back end copies " + request.bytes + " bytes from guest memory");
        }
        cycles += charger.cross(contexts, contexts.route().backend(), contexts.route().driver(), env.stats(),
                request, (Note) () -> "hand the request to the physical driver");
        return cycles + charger.charge(contexts.driver(), CostEvent.PHYSICAL_DRIVER, 1, env.stats(), request,
                (Note) () -> "physical driver programs the device and handles its interrupt");
    }

    private void serve(Request request) {
        if (env.link() == null) {
            respond(request);
            return;
        }
        long nanos = env.link().serve(request.bytes, () -> respond(request));
        env.charger().traceWait(env.contexts().driver(), "DEVICE", nanos, request, (Note) () -> "physical device "
                + env.link().name() + " transfers " + request.bytes + " bytes");
    }

    /** The completion comes back to the back end, which publishes the response. */
    private void respond(Request request) {
        Charger charger = env.charger();
        DeviceContexts contexts = env.contexts();
        double cycles = charger.cross(contexts, contexts.route().driver(), contexts.route().backend(), env.stats(),
                request, (Note) () -> "completion back to the back end");
        cycles += charger.charge(contexts.backend(), CostEvent.RING_ENQUEUE, 1, env.stats(), request,
                (Note) () -> "write the response, move the used index");
        env.processors().execute(contexts.route().backend(), cycles, () -> responses.publish(List.of(request)));
    }

    private void frameArrived(Request request) {
        arrived.add(request);
        if (!receiving) {
            receiving = true;
            receive();
        }
    }

    /**
     * The driver's context takes every frame arrived by now in one interrupt's poll; the back end copies each into
     * its guest's posted buffer and publishes it.
     */
    private void receive() {
        if (arrived.isEmpty()) {
            receiving = false;
            return;
        }
        Charger charger = env.charger();
        DeviceContexts contexts = env.contexts();
        List<Request> batch = new ArrayList<>(arrived);
        arrived.clear();
        double cycles = 0;
        for (Request request : batch) {
            cycles += charger.charge(contexts.driver(), CostEvent.PHYSICAL_DRIVER, 1, env.stats(), request,
                    (Note) () -> "physical driver takes the interrupt and the frame (" + batch.size() + " polled)");
            cycles += charger.cross(contexts, contexts.route().driver(), contexts.route().backend(), env.stats(),
                    request, (Note) () -> "hand the frame to the back end");
            cycles += charger.charge(contexts.backend(), CostEvent.BACKEND, 1, env.stats(), request,
                    (Note) () -> "back end finds the frame's guest (virtual switch) and a posted buffer");
            cycles += charger.charge(contexts.backend(), CostEvent.RING_DEQUEUE, 1, env.stats(), request,
                    (Note) () -> "back end takes the guest's posted receive descriptor");
            cycles += charger.copy(contexts.backend(), request.bytes, env.stats(), request,
                    (Note) () -> "back end copies the " + request.bytes + "-byte frame into guest memory");
            cycles += charger.charge(contexts.backend(), CostEvent.RING_ENQUEUE, 1, env.stats(), request,
                    (Note) () -> "write the response, move the used index");
        }
        env.processors().execute(contexts.route().driver(), contexts.route().backend(), cycles, () -> {
            responses.publish(batch);
            receive();
        });
    }
}
