package org.vwb.core.internal.paths;

import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.vwb.core.internal.engine.Engine;
import org.vwb.core.internal.engine.Event;

/**
 * Issues a workload's requests: Poisson arrivals at a rate (open loop), or a fixed number kept outstanding
 * (closed loop: each completion issues the next). Seeded from the run's and the workload's seeds, so a run
 * repeats exactly. Requests go to whatever path the device has now, so a hot-swap does not disturb it.
 * <p>
 * Each request belongs to a flow (a connection), which a multi-queue device hashes onto a queue: a closed loop of
 * N outstanding requests is N connections with one request each (netperf sessions, a server's clients), the
 * completion of one issuing that connection's next; an open loop's arrivals come from ever new connections.
 */
public final class WorkloadDriver implements Request.RequestSink {

    private final Engine engine;
    private final Supplier<DevicePath> path;
    private final SplittableRandom random;
    private final int requestBytes;
    private final double meanGapNanos;
    private final int queueDepth;
    private final double readFraction;
    private final Event arrival = this::arrive; // one per workload, not one per request
    private long stopAt;
    private int arrivals;

    public WorkloadDriver(Engine engine, Supplier<DevicePath> path, long seed, int requestBytes,
            double ratePerSecond, int queueDepth, double readFraction, long stopAt) {
        this.engine = engine;
        this.path = path;
        this.random = new SplittableRandom(seed);
        this.requestBytes = requestBytes;
        this.meanGapNanos = ratePerSecond > 0 ? 1e9 / ratePerSecond : 0;
        this.queueDepth = queueDepth;
        this.readFraction = readFraction;
        this.stopAt = stopAt;
    }

    public void start() {
        if (meanGapNanos > 0) {
            scheduleArrival();
        } else {
            for (int flow = 0; flow < queueDepth; flow++) {
                issue(flow);
            }
        }
    }

    /** Issues no more requests after this simulated time (a removed VM or workload). */
    public void stopAt(long time) {
        stopAt = Math.min(stopAt, time);
    }

    private void scheduleArrival() {
        long gap = Math.round(-Math.log(1 - random.nextDouble()) * meanGapNanos);
        if (engine.now() + gap < stopAt) {
            engine.scheduleFar(gap, arrival);
        }
    }

    private void arrive() {
        path.get().arrive(new Request(engine.now(), requestBytes, random.nextDouble() < readFraction,
                arrivals++ & Integer.MAX_VALUE, this));
        scheduleArrival();
    }

    private void issue(int flow) {
        path.get().issue(new Request(engine.now(), requestBytes, random.nextDouble() < readFraction, flow, this));
    }

    @Override
    public void completed(Request request) {
        if (meanGapNanos == 0 && engine.now() < stopAt) {
            issue(request.flow);
        }
    }
}
