package org.vwb.core.internal.paths;

import java.util.List;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.family.Charge;
import org.vwb.core.api.family.Stage;
import org.vwb.core.internal.engine.Event;

/**
 * The path of a device whose family composed it from stages ({@code PathSite.staged}): each request runs its
 * stages in order, holding the processor each names while its charges' cycles run, and waiting for the physical
 * device in a device stage. The guest's own stack work, which the request costs on bare metal too, is added to
 * the first stage and (for a received frame) to the last, so a plugin family cannot forget it.
 */
public final class StagedPath extends DevicePath {

    private final String modelId;
    private final int queueDepth;
    private final List<Stage> reads;
    private final List<Stage> writes;

    /** The stage lists are checked by the caller: non-empty, starting and ending in the guest. */
    public StagedPath(PathEnvironment env, String modelId, int queueDepth, List<Stage> reads, List<Stage> writes) {
        super(env);
        this.modelId = modelId;
        this.queueDepth = queueDepth;
        this.reads = List.copyOf(reads);
        this.writes = List.copyOf(writes);
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    protected void pump() {
        while (accepting() && inFlight < queueDepth && !waiting.isEmpty()) {
            Request request = waiting.poll();
            inFlight++;
            run(request, request.read ? reads : writes, 0);
        }
    }

    private void run(Request request, List<Stage> stages, int index) {
        if (index == stages.size()) {
            completed(request);
            return;
        }
        Stage stage = stages.get(index);
        Event next = () -> run(request, stages, index + 1);
        if (stage.transfer()) {
            awaitDevice(request, next);
        } else if (stage.runsOn() == ContextKind.GUEST) {
            vcpus.acquire(() -> cpu.execute(cycles(request, stage, index, stages.size()), () -> {
                vcpus.release();
                next.fire();
            }));
        } else {
            processors.execute(stage.runsOn(), cycles(request, stage, index, stages.size()), next);
        }
    }

    /** Charges a stage's events (and the guest's stack work at either end) when its processor is held. */
    private double cycles(Request request, Stage stage, int index, int stages) {
        double cycles = index == 0 ? GuestWork.beforeIssue(this, request) : 0;
        for (Charge charge : stage.charges()) {
            cycles += charger.charge(contexts.of(charge.context()), charge.event(), charge.count(),
                    stats, request, charge::note);
        }
        return index == stages - 1 ? cycles + GuestWork.afterCompletion(this, request) : cycles;
    }

    private void awaitDevice(Request request, Event next) {
        if (link == null) {
            next.fire();
            return;
        }
        long nanos = link.serve(request.bytes, next);
        charger.traceWait(contexts.guest(), "DEVICE", nanos, request, (Note) () -> "device "
                + link.name() + (receives(request) ? " receives " : " transfers ") + request.bytes
                + " bytes by DMA");
    }
}
