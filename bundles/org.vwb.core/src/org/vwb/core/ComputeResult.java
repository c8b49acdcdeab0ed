package org.vwb.core;

/**
 * What one VM's CPU-bound job measured: how far it got, when it finished, and how long its vCPUs waited for a
 * host core. Every figure comes out of the run's vCPU scheduling and its counted events, none out of a formula.
 *
 * @param vm                the VM that runs the job
 * @param job               the job's name
 * @param vcpus             vCPUs running it (all of the VM's)
 * @param cpuSecondsPerVcpu the guest work each vCPU must do
 * @param guestSeconds      guest work done so far, summed over the vCPUs
 * @param completionSeconds simulated time at which the last vCPU finished, or NaN while one has not
 * @param elapsedSeconds    time the vCPUs were runnable (from the start to each one's finish, or to now), summed
 * @param coreSeconds       core time the vCPUs' slices held, summed: guest work plus its virtualization costs
 * @param readySeconds      time the vCPUs were runnable but waited for a host core (Xen's "runnable", ESX's
 *                          "ready", a Linux guest's steal time), summed
 * @param timerTicks        the guest's timer interrupts taken
 * @param ipis              inter-processor interrupts sent
 * @param exits             VM exits the ticks and IPIs caused (0 on bare metal)
 * @param tlbMisses         TLB misses, whose walk is two-dimensional under nested paging
 * @param overheadSeconds   core time spent on the ticks', IPIs' and TLB misses' virtualization costs
 */
public record ComputeResult(String vm, String job, int vcpus, double cpuSecondsPerVcpu, double guestSeconds,
        double completionSeconds, double elapsedSeconds, double coreSeconds, double readySeconds, long timerTicks,
        long ipis, long exits, double tlbMisses, double overheadSeconds) {

    /** Whether every vCPU has done its work. */
    public boolean completed() {
        return !Double.isNaN(completionSeconds);
    }

    /**
     * How much longer the job takes than with a core always free for each of its vCPUs (running alone on a host
     * with cores to spare, the same hypervisor): runnable time over the core time it got; 1 = no queueing.
     */
    public double stretch() {
        return coreSeconds > 0 ? elapsedSeconds / coreSeconds : Double.NaN;
    }

    /** Share of the vCPUs' runnable time spent waiting for a core. */
    public double readyShare() {
        return elapsedSeconds > 0 ? readySeconds / elapsedSeconds : 0;
    }

    /** Guest work done per second of runnable time, per vCPU: 1 = a core of its own, no virtualization costs. */
    public double throughputPerVcpu() {
        return elapsedSeconds > 0 ? guestSeconds / elapsedSeconds : 0;
    }

    /** VM exits per second of guest work. */
    public double exitsPerGuestSecond() {
        return guestSeconds > 0 ? exits / guestSeconds : 0;
    }
}
