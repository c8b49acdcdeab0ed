package org.vwb.core.internal.paths;

import java.util.function.Consumer;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.core.internal.engine.Slots;
import org.vwb.core.internal.paths.FixedCharges.Sequence;

/**
 * A synthetic device: request rings and response rings in guest-shared memory between a front end in the guest
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
 * A multi-queue device has one {@link Lane} per queue pair in use: its own rings, its own submission (the guest's
 * per-queue transmit lock), its own back-end thread, its own receive pass and its own interrupt, whose handler
 * takes a vCPU of its own. Receive-side scaling hashes each flow onto one lane, so a workload of several flows
 * spreads its stack work over the guest's vCPUs and the back end's threads, while a single-queue device takes
 * every frame on one handler at a time. How many units each request costs the guest, the rings and the back end
 * follows from its size, the MTU and the offloads ({@link Framing}).
 */
public final class SyntheticPath extends DevicePath {

    private final SyntheticDeviceModel model;
    private final int slots;
    private final boolean suppresses;
    private final Framing framing;
    private final Lane[] lanes;

    public SyntheticPath(PathEnvironment env, SyntheticDeviceModel model) {
        super(env);
        this.model = model;
        this.suppresses = model.suppressesNotifications();
        this.framing = Framing.of(env.kind(), env.setup(), model.maxMtu(), model.segmentationOffload(),
                model.receiveCoalescing());
        int queues = queuesInUse(env.setup(), model);
        this.slots = Math.max(1, Math.min(model.ringSlots(), model.maxInFlight())) * queues;
        this.lanes = new Lane[queues];
        for (int i = 0; i < queues; i++) {
            lanes[i] = new Lane();
        }
    }

    /**
     * Queue pairs in use: those the configuration asks for (at most what the device offers) or the device's
     * default, and at most one per guest vCPU, as the guest drivers take them (Linux vmxnet3
     * {@code vmxnet3_probe_device}: {@code min(num_online_cpus(), VMXNET3_DEVICE_MAX_RX_QUEUES)}; virtio_net
     * {@code virtnet_probe}: {@code min(max_queue_pairs, num_online_cpus())}; netvsc: {@code min(VRSS_CHANNEL_DEFAULT,
     * num_online_cpus())}).
     */
    static int queuesInUse(DeviceSetup setup, SyntheticDeviceModel model) {
        int offered = setup.queues() > 0 ? Math.min(setup.queues(), Math.max(1, model.maxQueues())) : model.queues();
        return Math.max(1, Math.min(offered, setup.guestVcpus()));
    }

    @Override
    public String modelId() {
        return model.id();
    }

    /** Queue pairs this path runs. */
    public int queues() {
        return lanes.length;
    }

    /**
     * Takes every waiting request the rings have room for onto its flow's lane, then lets every idle lane submit:
     * a front end that finds several requests queued posts them all and notifies once (Linux virtio-net and netvsc
     * {@code xmit_more}, a block queue's plug). One submission at a time per lane, as the guest's per-queue
     * transmit lock allows; requests that arrive meanwhile form the lane's next, larger batch. With one queue they
     * wait in the guest's queue (counted as waiting) until the lane is free; with several, each lane takes its own.
     */
    @Override
    protected void pump() {
        if (accepting() && (lanes.length > 1 || !lanes[0].submitting)) {
            while (inFlight < slots && !waiting.isEmpty()) {
                Request request = waiting.poll();
                inFlight++;
                Lane lane = lanes[lanes.length == 1 ? 0 : request.flow % lanes.length];
                lane.pending.add(request);
                lane.inDevice++;
            }
        }
        for (Lane lane : lanes) {
            lane.submit();
        }
    }

    @Override
    protected long touchParts() {
        long sum = slots;
        for (Lane lane : lanes) {
            sum += lane.touch();
        }
        return sum;
    }

    /** One queue pair with its rings, its back-end thread, its receive pass and its interrupt. */
    private final class Lane {

        private final RequestQueue pending = new RequestQueue();
        private final RequestQueue requestRing = new RequestQueue();
        private final RequestQueue arrived = new RequestQueue();
        private final Responses responses = new Responses(SyntheticPath.this, suppresses, framing,
                SyntheticPath.this::completedAll, env.setup().interruptModeration(model), () -> this.inDevice,
                SyntheticPath.this::modelFailed);
        private final Consumer<Request> onFrame = this::frameArrived; // one per lane, not per frame
        private boolean submitting;
        private boolean backendRunning;
        private boolean receiving;
        private boolean backendWantsNotification = true;
        private int inDevice; // taken onto this lane and not yet published back: what vIC counts as in flight

        private long touch() {
            // peekFirst, not size: it reads each deque's array as well as the deque
            Request a = pending.peekFirst();
            Request b = requestRing.peekFirst();
            Request c = arrived.peekFirst();
            return inDevice + (a == null ? 0 : 1) + (b == null ? 0 : 2) + (c == null ? 0 : 4) + responses.touch();
        }

        private void submit() {
            if (submitting || pending.isEmpty()) {
                return;
            }
            int size = pending.size();
            Request batch = pending.takeAll();
            submitting = true;
            if (vcpus.tryAcquire()) {
                post(batch, size); // a free vCPU posts at once, without a closure to wait with (the common case)
            } else {
                vcpus.acquire(() -> post(batch, size));
            }
        }

        /** The front end writes the descriptors, publishes them, then notifies the back end if it asked to be. */
        private void post(Request batch, int size) {
            double cycles = 0;
            Request lastSent = null;
            for (Request request = batch; request != null; request = RequestQueue.next(request)) {
                boolean receive = receives(request);
                int units = receive ? framing.receiveUnits(request.bytes) : framing.transmitUnits(request.bytes);
                cycles += GuestWork.beforeIssue(SyntheticPath.this, request, units);
                cycles += charger.charge(contexts.guest(), CostEvent.GUEST_DRIVER, units, stats, request,
                        (Note) () -> "front end prepares " + units + (receive ? " receive buffer(s)" : " send(s)")
                                + " (" + size + " requests posted together)");
                cycles += charger.charge(contexts.guest(), CostEvent.RING_ENQUEUE, units, stats, request,
                        (Note) () -> "write " + units + " " + model.descriptorBytes()
                                + "-byte descriptor(s), move the producer index");
                if (!receive) {
                    lastSent = request;
                }
            }
            Request last = lastSent;
            cpu.execute(cycles, () -> {
                submitting = false;
                for (Request request = batch; request != null;) {
                    Request next = RequestQueue.release(request);
                    if (receives(request)) {
                        awaitFrame(request, onFrame);
                    } else {
                        requestRing.add(request);
                    }
                    request = next;
                }
                if (last != null && (backendWantsNotification || !suppresses)) {
                    backendWantsNotification = false;
                    cpu.execute(notificationCycles(last), () -> {
                        vcpus.release();
                        wakeBackend(last);
                        pump();
                    });
                } else {
                    vcpus.release();
                    pump();
                }
            });
        }

        private void wakeBackend(Request cause) {
            if (!backendRunning) {
                backendRunning = true;
                drain(cause);
            }
        }

        /** The lane's back-end thread takes every published request, passes each to the driver, and looks again. */
        private void drain(Request wokenBy) {
            if (requestRing.isEmpty()) {
                backendRunning = false;
                backendWantsNotification = true;
                return;
            }
            double cycles = wokenBy == null ? 0 : charger.cross(contexts, ContextKind.HYPERVISOR,
                    contexts.route().backend(), stats, wokenBy, (Note) () -> "wake the back end");
            int size = requestRing.size();
            Request batch = requestRing.takeAll();
            for (Request request = batch; request != null; request = RequestQueue.next(request)) {
                cycles += backendWork(request, size);
            }
            processors.execute(contexts.route().backend(), contexts.route().driver(), cycles, () -> {
                for (Request request = batch; request != null;) {
                    Request next = RequestQueue.release(request);
                    serve(request);
                    request = next;
                }
                drain(null);
            });
        }

        private void serve(Request request) {
            if (link == null) {
                respond(request);
                return;
            }
            long nanos = link.serve(request.bytes, () -> respond(request));
            charger.traceWait(contexts.driver(), "DEVICE", nanos, request, (Note) () -> "physical device "
                    + link.name() + " transfers " + request.bytes + " bytes");
        }

        /** The completion comes back to the back end, which publishes the response. */
        private void respond(Request request) {
            if (!charger.tracing()) {
                double cycles = charger.charge(charger.fixed(Sequence.RESPOND, contexts.route().driver(),
                        contexts.route().backend()), contexts, stats);
                processors.execute(contexts.route().backend(), cycles, () -> published(request));
                return;
            }
            double cycles = charger.cross(contexts, contexts.route().driver(), contexts.route().backend(),
                    stats, request, (Note) () -> "completion back to the back end");
            cycles += charger.charge(contexts.backend(), CostEvent.RING_ENQUEUE, 1, stats, request,
                    (Note) () -> "write the response, move the used index");
            processors.execute(contexts.route().backend(), cycles, () -> published(request));
        }

        private void published(Request request) {
            inDevice--;
            responses.publish(request);
        }

        private void frameArrived(Request request) {
            arrived.add(request);
            if (!receiving) {
                receiving = true;
                receive();
            }
        }

        /**
         * The driver's context takes every frame arrived on this queue by now in one interrupt's poll; the back
         * end copies each into its guest's posted buffer and publishes it.
         */
        private void receive() {
            if (arrived.isEmpty()) {
                receiving = false;
                return;
            }
            int size = arrived.size();
            Request batch = arrived.takeAll();
            double cycles = 0;
            for (Request request = batch; request != null; request = RequestQueue.next(request)) {
                cycles += receiveWork(request, size);
            }
            processors.execute(contexts.route().driver(), contexts.route().backend(), cycles, () -> {
                inDevice -= size;
                responses.publishAll(batch);
                receive();
            });
        }
    }

    private double notificationCycles(Request request) {
        stats.notifications++;
        if (!charger.tracing()) {
            return charger.charge(charger.fixed(Sequence.NOTIFY, ContextKind.HYPERVISOR, ContextKind.HYPERVISOR),
                    contexts, stats);
        }
        double cycles = charger.charge(contexts.hypervisor(), CostEvent.VM_EXIT, 1, stats, request,
                (Note) () -> "notify the back end (doorbell / hypercall): exit");
        cycles += charger.charge(contexts.hypervisor(), CostEvent.EXIT_HANDLING, 1, stats, request,
                (Note) () -> "decode the notification");
        cycles += charger.charge(contexts.hypervisor(), CostEvent.CHANNEL_SIGNAL, 1, stats, request,
                (Note) () -> "signal the back end's channel");
        return cycles + charger.charge(contexts.hypervisor(), CostEvent.VM_ENTRY, 1, stats, request,
                (Note) () -> "resume the guest");
    }

    /** A transmit through the back end: once per unit the guest handed over (a large send, or every frame). */
    private double backendWork(Request request, int batchSize) {
        int units = framing.transmitUnits(request.bytes);
        double cycles = charger.charge(contexts.backend(), CostEvent.RING_DEQUEUE, units, stats, request,
                (Note) () -> "back end reads " + units + " descriptor(s) (batch of " + batchSize + ")");
        cycles += charger.charge(contexts.backend(), CostEvent.BACKEND, units, stats, request,
                (Note) () -> "back end translates " + units + " send(s)");
        if (model.copiesPayload()) {
            cycles += charger.copy(contexts.backend(), request.bytes, stats, request,
                    (Note) () -> "back end copies " + request.bytes + " bytes from guest memory");
        }
        cycles += charger.cross(contexts, contexts.route().backend(), contexts.route().driver(), stats,
                request, (Note) () -> "hand the request to the physical driver");
        return cycles + charger.charge(contexts.driver(), CostEvent.PHYSICAL_DRIVER, units, stats, request,
                (Note) () -> "physical driver posts " + units + " send(s) and handles the completion"
                        + (framing.segmentationOffload() ? "; the NIC cuts them into "
                                + framing.frames(request.bytes) + " frame(s)" : ""));
    }

    /**
     * A received request: the physical driver takes every frame, the back end every unit the guest gets (merged
     * frames with receive coalescing, else each frame).
     */
    private double receiveWork(Request request, int batchSize) {
        int frames = framing.frames(request.bytes);
        int units = framing.receiveUnits(request.bytes);
        double cycles = charger.charge(contexts.driver(), CostEvent.PHYSICAL_DRIVER, frames, stats, request,
                (Note) () -> "physical driver takes the interrupt and " + frames + " frame(s) (" + batchSize
                        + " requests polled)");
        cycles += charger.cross(contexts, contexts.route().driver(), contexts.route().backend(), stats,
                request, (Note) () -> "hand the frames to the back end");
        cycles += charger.charge(contexts.backend(), CostEvent.BACKEND, units, stats, request,
                (Note) () -> "back end finds the guest (virtual switch) and a posted buffer for " + units
                        + " unit(s)" + (units < frames ? ", " + frames + " frames merged (LRO)" : ""));
        cycles += charger.charge(contexts.backend(), CostEvent.RING_DEQUEUE, units, stats, request,
                (Note) () -> "back end takes " + units + " posted receive descriptor(s)");
        cycles += charger.copy(contexts.backend(), request.bytes, stats, request,
                (Note) () -> "back end copies the " + request.bytes + " bytes into guest memory");
        return cycles + charger.charge(contexts.backend(), CostEvent.RING_ENQUEUE, units, stats, request,
                (Note) () -> "write " + units + " response(s), move the used index");
    }
}
