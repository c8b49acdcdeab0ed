package org.vwb.core.internal.paths;

import org.vwb.core.api.ContextKind;
import org.vwb.core.internal.engine.CpuPool;
import org.vwb.core.internal.engine.Event;
import org.vwb.core.internal.engine.Slots;

/**
 * The processors a context may run on. Every context's work needs a free host core; a context with a fixed
 * number of its own processors (the parent partition's or dom0's vCPUs, a driver domain's vCPUs, a worker
 * process's threads) also holds one of them while it runs, so it saturates when they are all busy however many
 * host cores are idle. A worker process inside a parent partition (QEMU in dom0, vmwp.exe in the root) needs a
 * thread of its own and a vCPU of its partition. The hypervisor, and the host kernel of a hosted design, run on
 * every core.
 */
public final class ContextProcessors {

    private static final int KINDS = ContextKind.values().length;
    private static final int PARENT = ContextKind.PARENT.ordinal();
    private static final int WORKER = ContextKind.WORKER.ordinal();
    private static final int DRIVER_DOMAIN = ContextKind.DRIVER_DOMAIN.ordinal();

    private final CpuPool cpu;
    // a field per kind that may have processors of its own, not an array by kind: every CPU phase of every request
    // looks here, and with thousands of devices a run is bound by cache misses on each device's objects
    private Slots parent;
    private Slots worker;
    private Slots driverDomain;
    private boolean workerInParent;
    private int limitedKinds;

    public ContextProcessors(CpuPool cpu) {
        this.cpu = cpu;
    }

    /** Gives a kind of context its own processors; without, it runs on any free core. */
    public ContextProcessors limit(ContextKind kind, Slots processors) {
        switch (kind) {
            case PARENT -> parent = processors;
            case WORKER -> worker = processors;
            case DRIVER_DOMAIN -> driverDomain = processors;
            default -> throw new IllegalArgumentException(kind + " runs on any core: it has no processors of its own");
        }
        limitedKinds |= 1 << kind.ordinal();
        return this;
    }

    /** The processors of the kind with this ordinal, or null when it runs on any free core. */
    private Slots own(int kind) {
        if (kind == WORKER) {
            return worker;
        }
        return kind == PARENT ? parent : kind == DRIVER_DOMAIN ? driverDomain : null;
    }

    /** Reads the processors a request will take: see {@link org.vwb.core.internal.engine.Event#touch}. */
    long touch() {
        return limitedKinds + touch(parent) + touch(worker) + touch(driverDomain);
    }

    private static long touch(Slots slots) {
        return slots == null ? 0 : slots.touch();
    }

    /** Says that the worker processes run inside the parent partition, on its vCPUs. */
    public ContextProcessors workerInParent(boolean inParent) {
        this.workerInParent = inParent;
        return this;
    }

    /** Runs {@code cycles} of a context's work on its processors and a host core, then fires {@code then}. */
    public void execute(ContextKind kind, double cycles, Event then) {
        run(mask(kind), cycles, then);
    }

    /**
     * Runs work that needs two contexts at once (an emulator in a worker process handing its request to the
     * parent's driver, a driver handing a received frame to a back end in another context). Processors are always
     * taken in the order of their kinds, whichever comes first in the path, so two such jobs cannot each hold
     * what the other waits for.
     */
    public void execute(ContextKind one, ContextKind other, double cycles, Event then) {
        run(mask(one) | mask(other), cycles, then);
    }

    private int mask(ContextKind kind) {
        int mask = 1 << kind.ordinal();
        return kind == ContextKind.WORKER && workerInParent ? mask | 1 << ContextKind.PARENT.ordinal() : mask;
    }

    private void run(int kinds, double cycles, Event then) {
        int limited = kinds & limitedKinds;
        if (limited == 0) {
            cpu.execute(cycles, then);
            return;
        }
        // the common case, one context of its own with a processor free: no waiting, nothing allocated but the job
        Slots only = own(Integer.numberOfTrailingZeros(limited));
        if (Integer.bitCount(limited) == 1 && only.tryAcquire()) {
            cpu.execute(cycles, only, then);
            return;
        }
        // a worker thread and a parent vCPU: the first taken at once, the second when one is free; the job releases
        // both (the second first), with nothing allocated when both are free
        if (Integer.bitCount(limited) == 2 && only.tryAcquire()) {
            Slots second = own(Integer.numberOfTrailingZeros(limited & (limited - 1)));
            if (second.tryAcquire()) {
                cpu.execute(cycles, second, only, then);
            } else {
                second.acquire(() -> cpu.execute(cycles, second, only, then));
            }
            return;
        }
        for (int kind = 0; kind < KINDS; kind++) {
            Slots slots = own(kind);
            if (slots != null && (kinds & 1 << kind) != 0) {
                int rest = kinds & ~(1 << kind);
                slots.acquire(() -> runHolding(slots, rest, cycles, then));
                return;
            }
        }
        cpu.execute(cycles, then);
    }

    /**
     * The rest of {@link #run} once {@code first} is held: what the nested form (run the rest, then release the
     * first and fire) does, in the same order, without its two closures when the rest needs at most one processor
     * and it is free.
     */
    private void runHolding(Slots first, int rest, double cycles, Event then) {
        int limited = rest & limitedKinds;
        if (limited == 0) {
            cpu.execute(cycles, first, then);
            return;
        }
        Slots second = own(Integer.numberOfTrailingZeros(limited));
        if (Integer.bitCount(limited) == 1 && second.tryAcquire()) {
            cpu.execute(cycles, second, first, then);
            return;
        }
        run(rest, cycles, () -> {
            first.release();
            then.fire();
        });
    }
}
