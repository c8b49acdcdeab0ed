package org.vwb.core.internal.paths;

import org.vwb.model.DeviceKind;

/**
 * How many requests a guest keeps waiting for a device before it refuses more. An open-loop workload faster than
 * its device would otherwise queue without bound: the backlog, its memory and every latency would grow with the
 * run's duration instead of settling. A real guest bounds the queue and drops (a network stack's transmit queue
 * discards a frame it has no room for) or stops the submitter (the block layer's request pool); either way the
 * request is not taken, and the run counts it as dropped.
 */
final class GuestQueue {

    /**
     * Linux's default transmit queue of an Ethernet device: {@code ether_setup} (net/ethernet/eth.c) sets
     * {@code tx_queue_len} to {@code DEFAULT_TX_QUEUE_LEN}, 1,000 frames; {@code pfifo_fast} drops beyond it.
     */
    static final int NETWORK = 1_000;

    /**
     * Linux's default request pool per block queue: {@code BLKDEV_MAX_RQ} (include/linux/blkdev.h), 128 requests,
     * renamed {@code BLKDEV_DEFAULT_RQ} in 2021; a submitter that finds it empty sleeps. Other kinds (serial,
     * sound, USB...) take the same bound: estimate, no per-kind source, their workloads are small.
     */
    static final int OTHER = 128;

    private GuestQueue() {
    }

    /** The most requests of this kind that wait in the guest, beyond those the device has taken. */
    static int capacity(DeviceKind kind) {
        return kind == DeviceKind.NETWORK ? NETWORK : OTHER;
    }
}
