package org.vwb.core.internal.compute;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.vwb.core.ComputeResult;
import org.vwb.core.internal.engine.CpuPool;
import org.vwb.core.internal.engine.Engine;
import org.vwb.core.internal.engine.Event;
import org.vwb.core.internal.engine.Slots;
import org.vwb.core.internal.paths.Accounts;
import org.vwb.core.internal.paths.ContextRef;
import org.vwb.core.internal.spec.SystemSpec;

/**
 * One VM's CPU-bound job while it runs: a thread per vCPU, the events its guest work brings (counted with a
 * carry, so a run and its seed repeat exactly), the CPU they cost charged to the guest and the hypervisor, and
 * the figures of {@link ComputeResult}. It is also the gate of its VM's vCPUs: the VM's I/O runs while one of
 * its vCPUs is on a core, and waits while they all wait for one.
 */
public final class ComputeJobRun implements Slots.Gate {

    /**
     * The time slice a CPU-bound vCPU runs before the next runnable one gets the core: Xen's credit scheduler's
     * 30 ms (xen/common/sched_credit.c: three accounting ticks of 10 ms in Xen 3.x, CSCHED_DEFAULT_TSLICE_MS
     * since the slice became tunable; Cherkasova, Gupta, Vahdat, "Comparison of the Three CPU Schedulers in Xen",
     * SIGMETRICS PER 35(2), 2007, describe the same 30 ms slice). Taken for every
     * hypervisor. estimate: ESX's quantum is of the same order (VMware's "The CPU Scheduler in VMware vSphere
     * 5.1" describes proportional shares and a time quantum of tens of milliseconds), Hyper-V's is not published;
     * a CPU-bound job's stretch does not depend on it, an I/O phase's wait behind a slice does.
     */
    public static final long SLICE_NANOS = 30_000_000L;

    private final SystemSpec.ComputeSpec spec;
    private final String vm;
    private final Accounts accounts;
    private final ContextRef guest;
    private final ContextRef hypervisor;
    private final Supplier<ComputeCosts> costs;
    private final double clockGHz;
    private final List<VcpuThread> threads = new ArrayList<>();
    private final ArrayDeque<Event> waitingForCore = new ArrayDeque<>();
    private int onCore;
    private boolean stopped;
    private double tickCarry;
    private double ipiCarry;
    private double missCarry;
    private long ticks;
    private long ipis;
    private long exits;
    private double misses;
    private double coreNanos;
    private double readyNanos;
    private double guestNanos;
    private double overheadCycles;

    public ComputeJobRun(String vm, SystemSpec.ComputeSpec spec, int vcpuCount, Engine engine, CpuPool cpu,
            Accounts accounts, ContextRef guest, ContextRef hypervisor, Supplier<ComputeCosts> costs) {
        this.vm = vm;
        this.spec = spec;
        this.accounts = accounts;
        this.guest = guest;
        this.hypervisor = hypervisor;
        this.costs = costs;
        this.clockGHz = cpu.clockGHz();
        for (int i = 0; i < vcpuCount; i++) {
            threads.add(new VcpuThread(this, engine, cpu, spec.cpuSeconds() * 1e9));
        }
    }

    public void start() {
        threads.forEach(VcpuThread::start);
    }

    /** Its VM went away: no vCPU takes another slice, and nothing waits for one. */
    public void stop() {
        threads.forEach(VcpuThread::stop);
        stopped = true;
        releaseWaiting();
    }

    @Override
    public boolean open() {
        return stopped || onCore > 0 || threads.stream().anyMatch(VcpuThread::finished);
    }

    @Override
    public void whenOpen(Event then) {
        waitingForCore.add(then);
    }

    /** A vCPU's slice got its core or ended; the I/O that waited for a vCPU on a core goes on. */
    void onCore(boolean running) {
        onCore += running ? 1 : -1;
        if (open()) {
            releaseWaiting();
        }
    }

    private void releaseWaiting() {
        for (Event next = waitingForCore.poll(); next != null; next = waitingForCore.poll()) {
            next.fire();
        }
    }

    public String vm() {
        return vm;
    }

    /**
     * Guest nanoseconds that fit in one slice with the costs they bring: the slice's core time over one plus the
     * expected virtualization and interrupt cycles per guest cycle. Only the slice's size comes from the rates;
     * the events in it are counted one by one in {@link #charge}.
     */
    double guestNanosPerSlice() {
        ComputeCosts c = costs.get();
        double perGuestSecond = spec.timerHz() * (c.handler + c.tickHypervisor())
                + spec.ipisPerSecond() * (c.handler + c.ipiHypervisor()) + spec.tlbMissesPerSecond() * c.tlbExtra;
        return SLICE_NANOS / (1 + perGuestSecond / (clockGHz * 1e9));
    }

    /** Counts and charges the events of {@code guestNanos} of guest work; returns the slice's cycles. */
    double charge(double guestNanos) {
        ComputeCosts c = costs.get();
        double seconds = guestNanos / 1e9;
        tickCarry += seconds * spec.timerHz();
        ipiCarry += seconds * spec.ipisPerSecond();
        missCarry += seconds * spec.tlbMissesPerSecond();
        long tickCount = (long) tickCarry;
        long ipiCount = (long) ipiCarry;
        double missCount = Math.floor(missCarry);
        tickCarry -= tickCount;
        ipiCarry -= ipiCount;
        missCarry -= missCount;
        ticks += tickCount;
        ipis += ipiCount;
        misses += missCount;
        exits += tickCount * c.exitsPerTick() + ipiCount * c.exitsPerIpi();
        double guestCycles = guestNanos * clockGHz + (tickCount + ipiCount) * c.handler + missCount * c.tlbExtra;
        double hypervisorCycles = tickCount * c.tickHypervisor() + ipiCount * c.ipiHypervisor();
        accounts.charge(guest, guestCycles);
        if (hypervisorCycles > 0) {
            accounts.charge(hypervisor, hypervisorCycles);
        }
        overheadCycles += hypervisorCycles + missCount * c.tlbExtra;
        return guestCycles + hypervisorCycles;
    }

    void ran(long sliceNanos, long waitedNanos, double sliceGuestNanos) {
        coreNanos += sliceNanos;
        readyNanos += waitedNanos;
        guestNanos += sliceGuestNanos;
    }

    public ComputeResult result() {
        boolean done = threads.stream().allMatch(VcpuThread::finished);
        double completion = done ? threads.stream().mapToLong(VcpuThread::completionNanos).max().orElse(0) / 1e9
                : Double.NaN;
        double elapsed = threads.stream().mapToLong(VcpuThread::elapsedNanos).sum() / 1e9;
        return new ComputeResult(vm, spec.name(), threads.size(), spec.cpuSeconds(), guestNanos / 1e9, completion,
                elapsed, coreNanos / 1e9, readyNanos / 1e9, ticks, ipis, exits, misses,
                overheadCycles / (clockGHz * 1e9));
    }
}
