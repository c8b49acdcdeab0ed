package org.vwb.core.api;

/**
 * The events a {@link CostModel} prices. Counting them is the simulation's job; the cost model turns each into
 * cycles of one hardware generation, with a cited source per constant.
 *
 * @since 1.0
 */
public enum CostEvent {
    /** Hardware VM exit: guest state saved, control in the hypervisor. */
    VM_EXIT(Counter.EXIT),
    /** Hardware VM entry back into the guest. */
    VM_ENTRY(Counter.NONE),
    /** The hypervisor decoding and dispatching one exit (instruction decode, I/O port/MMIO lookup). */
    EXIT_HANDLING(Counter.NONE),
    /** A device emulator's work for one trapping register access. */
    REGISTER_EMULATION(Counter.NONE),
    /** Hypervisor to parent partition (or back): signal the root, schedule its virtual processor. */
    PARTITION_SWITCH(Counter.SWITCH),
    /** Kernel to a user-mode worker process (or back): wake-up, system call return, scheduling. */
    PROCESS_SWITCH(Counter.SWITCH),
    /** Hosted monitor to host OS (or back): a full world switch of address space and processor state. */
    WORLD_SWITCH(Counter.SWITCH),
    /** Virtual interrupt injected into a guest. */
    INTERRUPT_INJECTION(Counter.INTERRUPT),
    /** The guest's interrupt handler entry and exit, excluding its register accesses. */
    GUEST_INTERRUPT_HANDLER(Counter.NONE),
    /** The guest driver's own work to issue one request, excluding its register accesses. */
    GUEST_DRIVER(Counter.NONE),
    /** Writing one descriptor into a shared-memory ring and moving the producer index. */
    RING_ENQUEUE(Counter.NONE),
    /** Reading one descriptor from a shared-memory ring and moving the consumer index. */
    RING_DEQUEUE(Counter.NONE),
    /** Signalling the other side of a channel without an exit (event-channel send, doorbell in shared memory). */
    CHANNEL_SIGNAL(Counter.NONE),
    /** A synthetic back end's (VSP, netback, vhost) work per request. */
    BACKEND(Counter.NONE),
    /** The physical device driver's work per request, including its interrupt handling. */
    PHYSICAL_DRIVER(Counter.NONE),
    /** Copying one KiB between guest memory and a buffer of another context (or, in the guest, between the
     * application's buffer and a socket buffer). */
    COPY_KIB(Counter.NONE),
    /**
     * The guest's network stack for one packet, sent or received: socket call, TCP/IP protocol processing,
     * queueing to or from the driver; without the driver itself and without the data copy (priced by
     * {@link #COPY_KIB}, which computes the checksum in the same pass).
     */
    GUEST_NET_STACK(Counter.NONE),
    /** The guest's storage stack for one I/O: system call, file system or raw device, block layer, SCSI or disk driver midlayer. */
    GUEST_BLOCK_STACK(Counter.NONE);

    /** Which per-request counter an occurrence of the event increments. */
    public enum Counter {
        NONE, EXIT, SWITCH, INTERRUPT
    }

    private final Counter counter;

    CostEvent(Counter counter) {
        this.counter = counter;
    }

    public Counter counter() {
        return counter;
    }
}
