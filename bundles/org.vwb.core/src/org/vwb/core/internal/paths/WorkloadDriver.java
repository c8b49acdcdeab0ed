package org.vwb.core.internal.paths;


import org.vwb.core.internal.engine.Engine;
import org.vwb.core.internal.engine.FarEvent;

/**
 * Issues a workload's requests: Poisson arrivals at a rate (open loop), or a fixed number kept outstanding
 * (closed loop: each completion issues the next). Seeded from the run's and the workload's seeds, so a run
 * repeats exactly. Requests go to whatever path the device has now, so a hot-swap does not disturb it.
 * <p>
 * Each request belongs to a flow (a connection), which a multi-queue device hashes onto a queue: a closed loop of
 * N outstanding requests is N connections with one request each (netperf sessions, a server's clients), the
 * completion of one issuing that connection's next; an open loop's arrivals come from ever new connections.
 */
public final class WorkloadDriver extends FarEvent implements Request.RequestSink {

    /** SplitMix64's increment, as {@link java.util.SplittableRandom} seeded with a long uses it. */
    static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final Engine engine;
    // the device's path now: told of a new one on a hot-swap (follow), so an arrival reaches it without a hop
    private DevicePath path;
    // the random stream's state kept here rather than in a SplittableRandom of its own: with thousands of devices a
    // run is bound by cache misses on each device's objects, and every arrival drew from it (same numbers, see
    // nextDouble)
    private long randomState;
    private final int requestBytes;
    private final double meanGapNanos;
    private final int queueDepth;
    private final double readFraction;
    private long stopAt;
    private int arrivals;

    public WorkloadDriver(Engine engine, DevicePath path, long seed, int requestBytes,
            double ratePerSecond, int queueDepth, double readFraction, long stopAt) {
        this.engine = engine;
        this.path = path;
        this.randomState = seed;
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
        long gap = Math.round(-Math.log(1 - nextDouble()) * meanGapNanos);
        if (engine.now() + gap < stopAt) {
            engine.scheduleFar(gap, this);
        }
    }

    /** The device has a new path (a hot-swap): later requests go there. */
    public void follow(DevicePath next) {
        this.path = next;
    }

    /** An arrival: the workload is its own arrival event, one per workload, none allocated per request. */
    @Override
    public void fire() {
        path.arrive(new Request(engine.now(), requestBytes, nextDouble() < readFraction,
                arrivals++ & Integer.MAX_VALUE, this));
        scheduleArrival();
    }

    /** The device's state an arrival works on: read when the arrival's calendar window comes up. */
    @Override
    public long touch() {
        return randomState + path.touch();
    }

    private void issue(int flow) {
        path.issue(new Request(engine.now(), requestBytes, nextDouble() < readFraction, flow, this));
    }

    /**
     * The next number of the workload's stream: SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number
     * generators", OOPSLA 2014), the numbers {@code new SplittableRandom(seed).nextDouble()} gives in turn
     * ({@code WorkloadStreamTest} holds them equal), so runs repeat the figures they gave before.
     */
    private double nextDouble() {
        randomState += GOLDEN_GAMMA;
        return unit(randomState);
    }

    /** SplitMix64's output for a state, scaled to [0, 1) as {@code SplittableRandom.nextDouble} scales it. */
    static double unit(long state) {
        long z = state;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return ((z ^ (z >>> 31)) >>> 11) * 0x1.0p-53;
    }

    @Override
    public void completed(Request request) {
        if (meanGapNanos == 0 && engine.now() < stopAt) {
            issue(request.flow);
        }
    }
}
