package org.vwb.core.internal.paths;

import org.vwb.core.internal.engine.Engine;
import org.vwb.core.internal.engine.Event;

/**
 * A physical device's data path: transfers are serialized at the device's bandwidth and each completes after the
 * device's latency on top, which overlaps between requests (a NIC's wire, a controller's queue). Shared by every
 * virtual device it backs, so VMs contend for it.
 */
public final class PhysicalLink {

    private final Engine engine;
    private final String name;
    private final double nanosPerByte;
    private final long latencyNanos;
    private long busyUntil;

    public PhysicalLink(Engine engine, String name, double bandwidthMbps, double latencyMicros) {
        this.engine = engine;
        this.name = name;
        this.nanosPerByte = 8_000.0 / bandwidthMbps;
        this.latencyNanos = Math.round(latencyMicros * 1_000);
    }

    public String name() {
        return name;
    }

    /** Serves a transfer of {@code bytes}; fires {@code then} when the device completes it. Returns the delay. */
    public long serve(int bytes, Event then) {
        long start = Math.max(engine.now(), busyUntil);
        busyUntil = start + Math.round(bytes * nanosPerByte);
        long done = busyUntil + latencyNanos;
        engine.scheduleAt(done, then);
        return done - engine.now();
    }
}
