package org.vwb.core.internal.paths;

import java.util.ArrayDeque;
import java.util.Collection;

import org.vwb.core.internal.engine.CpuPool;
import org.vwb.core.internal.engine.Engine;
import org.vwb.core.internal.engine.Event;
import org.vwb.core.internal.engine.Slots;
import org.vwb.model.DeviceKind;

/**
 * The common life of a device path: requests wait in the guest until the path accepts them, are in flight until
 * completed in the guest, and are never lost or completed twice. A path can be quiesced (it stops taking new
 * requests and tells when the last one in flight has drained), parked (its model went away) and handed its
 * successor's waiting requests on a hot-swap.
 */
public abstract class DevicePath {

    protected final PathEnvironment env;
    // what each request touches, kept here rather than behind env: with thousands of devices a run is bound by cache
    // misses on each device's objects, and the environment's record was one more object to miss (bench scale)
    protected final DeviceStats stats;
    private final Engine engine;
    protected final Charger charger;
    protected final DeviceContexts contexts;
    protected final CpuPool cpu;
    protected final ContextProcessors processors;
    protected final Slots vcpus;
    protected final PhysicalLink link;
    protected final DeviceKind kind;
    protected final RequestQueue waiting = new RequestQueue();
    protected int inFlight;
    private final int waitingCapacity;
    private boolean completingBatch;
    private boolean quiesced;
    private Event whenDrained;
    private String parkedBecause;
    private String failedBecause;

    protected DevicePath(PathEnvironment env) {
        this.env = env;
        this.stats = env.stats();
        this.engine = env.engine();
        this.charger = env.charger();
        this.contexts = env.contexts();
        this.cpu = env.cpu();
        this.processors = env.processors();
        this.vcpus = env.vcpus();
        this.link = env.link();
        this.kind = env.kind();
        this.waitingCapacity = GuestQueue.capacity(env.kind());
    }

    /**
     * An open-loop arrival: issued, unless the guest already has as many requests waiting as it keeps
     * ({@link GuestQueue}); then it is dropped and counted, and neither issued nor completed.
     */
    public final void arrive(Request request) {
        if (waiting.size() >= waitingCapacity) {
            stats.dropped++;
            return;
        }
        issue(request);
    }

    /** A workload issues a request: it waits in the guest until the path takes it. */
    public final void issue(Request request) {
        stats.issued++;
        waiting.add(request);
        if (!completingBatch) {
            pump();
        }
    }

    /**
     * Reads the state a request of this device works on (its queues, counters, contexts, vCPUs), ahead of the
     * request: see {@link org.vwb.core.internal.engine.Event#touch}. Changes nothing the simulation sees.
     */
    public final long touch() {
        Request head = waiting.peekFirst();
        return inFlight + (head == null ? 0 : head.bytes) + stats.touch() + vcpus.touch()
                + processors.touch() + charger.touch(contexts) + touchParts();
    }

    /** Whether a request of this device is a frame arriving from the network rather than an I/O the guest asks for. */
    protected final boolean receives(Request request) {
        return request.read && kind == DeviceKind.NETWORK;
    }

    /** Reads what the path's own parts hold, for {@link #touch}. */
    protected long touchParts() {
        return 0;
    }

    /** Takes waiting requests into the path while it accepts them. */
    protected abstract void pump();

    /** The device model's id, or what stands for it. */
    public abstract String modelId();

    protected final boolean accepting() {
        return !quiesced && parkedBecause == null && failedBecause == null;
    }

    /** A request finished in the guest: count it, tell its workload, take the next. */
    protected final void completed(Request request) {
        if (request.completedAt >= 0) {
            // a path that completes a request twice would inflate every figure silently: stop the run instead
            throw new IllegalStateException(env.label() + ": request issued at " + request.issuedAt
                    + " ns completed twice (first at " + request.completedAt + " ns)");
        }
        request.completedAt = engine.now();
        stats.completed++;
        stats.bytesCompleted += request.bytes;
        stats.latency.record(request.completedAt - request.issuedAt);
        inFlight--;
        request.sink.completed(request);
        if (inFlight == 0 && whenDrained != null) {
            Event drained = whenDrained;
            whenDrained = null;
            drained.fire();
        }
        if (!completingBatch) {
            pump();
        }
    }

    /**
     * Completes every request one interrupt handler run finished (a batch, {@link RequestQueue#takeAll}), then
     * looks for new work once: the slots they free (and the requests their closed-loop workloads issue at once) go
     * out together, as a driver that reaps completions before it refills its ring does.
     */
    protected final void completedAll(Request batch) {
        completingBatch = true;
        try {
            for (Request request = batch; request != null;) {
                Request next = RequestQueue.release(request);
                completed(request);
                request = next;
            }
        } finally {
            completingBatch = false;
        }
        pump();
    }

    /** Stops taking requests; {@code drained} fires once nothing is in flight (at once if nothing is). */
    public final void quiesce(Event drained) {
        quiesced = true;
        if (inFlight == 0) {
            drained.fire();
        } else {
            whenDrained = drained;
        }
    }

    public final boolean quiesced() {
        return quiesced;
    }

    /** Takes requests again. */
    public final void resume() {
        quiesced = false;
        pump();
    }

    /** Its model went away: requests wait in the guest until {@link #unpark()}. */
    public final void park(String reason) {
        parkedBecause = reason;
    }

    public final boolean parked() {
        return parkedBecause != null;
    }

    public final void unpark() {
        parkedBecause = null;
        pump();
    }

    /** The requests still waiting in the guest, handed over to a successor path. */
    public final Collection<Request> takeWaiting() {
        ArrayDeque<Request> taken = new ArrayDeque<>();
        for (Request request = waiting.poll(); request != null; request = waiting.poll()) {
            taken.add(request);
        }
        return taken;
    }

    /** Receives a predecessor's waiting requests, ahead of any new ones. */
    public final void adopt(Collection<Request> requests) {
        for (Request r : requests) {
            waiting.add(r);
        }
        pump();
    }

    public final int inFlight() {
        return inFlight;
    }

    public final int waiting() {
        return waiting.size();
    }

    public final String status() {
        if (failedBecause != null) {
            return "failed: " + failedBecause;
        }
        if (parkedBecause != null) {
            return "parked: " + parkedBecause;
        }
        return quiesced ? "quiesced" : "active";
    }

    /**
     * A posted receive buffer waits for its frame: the sender puts it on the wire and the physical NIC DMAs it into
     * its driver's buffer; {@code arrived} takes it from there (at once when no physical device backs the path).
     */
    protected final void awaitFrame(Request request, java.util.function.Consumer<Request> arrived) {
        if (link == null) {
            arrived.accept(request);
            return;
        }
        long nanos = link.serve(request.bytes, () -> arrived.accept(request));
        charger.traceWait(contexts.driver(), "DEVICE", nanos, request, (Note) () -> "a " + request.bytes
                + "-byte frame arrives at " + link.name() + ", which DMAs it into the driver's buffer");
    }

    /** A model call threw: this device fails, and with it the run; nothing computed so far is lost. */
    protected final void modelFailed(RuntimeException e) {
        failedBecause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        env.failures().failed(env.label(), e);
    }

    protected final boolean failed() {
        return failedBecause != null;
    }
}
