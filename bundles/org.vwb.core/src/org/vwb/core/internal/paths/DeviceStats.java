package org.vwb.core.internal.paths;

import org.vwb.core.api.ContextKind;
import org.vwb.core.internal.engine.LatencyHistogram;

/**
 * Counters of one virtual device over a run, kept across hot-swaps of its model or mode. Issued requests are
 * always completed, in flight or waiting; nothing is counted twice.
 */
public final class DeviceStats {

    long issued;
    long completed;
    long bytesCompleted;
    long exits;
    long switches;
    long interrupts;
    long notifications;
    long bytesCopied;
    final double[] cyclesByKind = new double[ContextKind.values().length];
    final LatencyHistogram latency = new LatencyHistogram();

    public long issued() {
        return issued;
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
