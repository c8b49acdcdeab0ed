package org.vwb.core.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How a virtual device holds back its interrupts: a rate limit (e1000's ITR register, vmxnet3's rate-based
 * coalescing), a policy that adapts the limit to the traffic (the Linux e1000 driver's dynamic ITR), or a delivery
 * ratio that rests on the commands still in flight (vIC, VMware's virtual SCSI controllers). One instance per
 * device, or per interrupt vector of a multi-queue device, made by {@link DeviceModel#interruptModeration(int)}:
 * it keeps the state the policy needs.
 *
 * @since 1.2
 */
@ConsumerType
public interface InterruptModeration {

    /** {@link #holdNanos} answer: no timer, ask again when the next request completes. */
    long UNTIL_NEXT_COMPLETION = Long.MAX_VALUE;

    /** No moderation: an interrupt that is due goes out at once. */
    InterruptModeration NONE = (now, lastInterrupt, pending, inDevice) -> 0;

    /**
     * How long an interrupt that is due now is held back.
     *
     * @param now           the simulated time in nanoseconds
     * @param lastInterrupt when the device last interrupted ({@link Long#MIN_VALUE} before its first interrupt)
     * @param pending       completions waiting for the guest's handler
     * @param inDevice      requests the device has taken and not completed yet
     * @return 0 to interrupt now, a delay in nanoseconds, or {@link #UNTIL_NEXT_COMPLETION}, which a policy must
     *         not answer when {@code inDevice} is 0 (no completion would come to release it)
     */
    long holdNanos(long now, long lastInterrupt, int pending, int inDevice);

    /**
     * The guest's handler took {@code completions} requests of {@code bytes} bytes together: the register accesses
     * its driver then makes to reprogram the moderation (the Linux e1000 driver writes ITR when it changes its
     * traffic class). None by default: a host-side policy costs the guest nothing.
     */
    default List<RegisterAccess> handled(int completions, long bytes) {
        return List.of();
    }

    /**
     * A fixed limit of {@code perSecond} interrupts a second: after an interrupt the next waits out the interval
     * ({@code 1e9 / perSecond} ns); an interrupt due after a quiet spell goes out at once.
     */
    static InterruptModeration ratePerSecond(int perSecond) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("interrupt rate " + perSecond + " is not above 0");
        }
        long interval = 1_000_000_000L / perSecond;
        return (now, lastInterrupt, pending, inDevice) -> lastInterrupt == Long.MIN_VALUE ? 0
                : Math.max(0, lastInterrupt + interval - now);
    }
}
