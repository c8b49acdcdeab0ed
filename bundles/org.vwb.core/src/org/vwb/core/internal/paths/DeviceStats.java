package org.vwb.core.internal.paths;

import org.vwb.core.api.ContextKind;
import org.vwb.core.internal.engine.LatencyHistogram;

/**
 * Counters of one virtual device over a run, kept across hot-swaps of its model or mode. Issued requests are
 * always completed, in flight or waiting; nothing is counted twice.
 */
public final class DeviceStats {

    long issued;
    long dropped;
    long completed;
    long bytesCompleted;
    long exits;
    long switches;
    long interrupts;
    long notifications;
    long bytesCopied;
    final double[] cyclesByKind = new double[ContextKind.values().length];
    final LatencyHistogram latency = new LatencyHistogram();

    long touch() {
        return issued + exits + (long) cyclesByKind[0] + latency.touch();
    }

    public long issued() {
        return issued;
    }

    /** Open-loop arrivals the guest refused because its queue for the device was full (not in issued). */
    public long dropped() {
        return dropped;
    }

    public long completed() {
        return completed;
    }

    public long bytesCompleted() {
        return bytesCompleted;
    }

    public long exits() {
        return exits;
    }

    public long switches() {
        return switches;
    }

    public long interrupts() {
        return interrupts;
    }

    public long notifications() {
        return notifications;
    }

    public long bytesCopied() {
        return bytesCopied;
    }

    public double cycles(ContextKind kind) {
        return cyclesByKind[kind.ordinal()];
    }

    public LatencyHistogram latency() {
        return latency;
    }
}
