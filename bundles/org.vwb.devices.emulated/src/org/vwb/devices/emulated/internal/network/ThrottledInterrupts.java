package org.vwb.devices.emulated.internal.network;

import java.util.List;

import org.vwb.core.api.InterruptModeration;
import org.vwb.core.api.RegisterAccess;

/**
 * Interrupt moderation of the Intel gigabit adapters (e1000, e1000e) as the Linux drivers program it.
 * <p>
 * The hardware: the ITR register holds the least interval between two interrupts in 256 ns units; a cause that
 * comes sooner waits out the interval, one that comes after a quiet spell interrupts at once (8254x Software
 * Developer's Manual, table 13-2 and section 13.4.18, ITR at 0x00C4).
 * <p>
 * The driver: {@code InterruptThrottleRate} (kernel Documentation/networking/device_drivers/ethernet/intel/
 * e1000.rst and e1000e.rst) is 3 by default, "dynamic conservative": after each NAPI poll e1000_set_itr classes the
 * traffic of the last interrupt by its packets and bytes (e1000_update_itr) as lowest latency (70,000 interrupts/s),
 * low latency (20,000) or bulk (4,000); conservative mode never uses lowest latency. A rise in rate is taken a
 * quarter step at a time ({@code min(itr + new / 4, new)}); a fall at once. When the rate changes the driver writes
 * ITR: {@code ew32(ITR, 1000000000 / (itr * 256))}, a trapping access on an emulated adapter. A value from 100 to
 * 100,000 fixes the rate; 0 turns throttling off.
 */
final class ThrottledInterrupts implements InterruptModeration {

    /** e1000_set_itr: interrupts a second of each traffic class. */
    static final int LOW_LATENCY_RATE = 20_000, BULK_RATE = 4_000;
    /** e1000_check_options, InterruptThrottleRate 3: the rate the driver starts at. */
    static final int CONSERVATIVE_START_RATE = 20_000;
    /** e1000.rst: frames of a standard 1,500-byte MTU, as the driver counts packets (gso_segs of a large send). */
    private static final int FRAME_BYTES = 1_500;

    private enum Latency { LOW, BULK }

    private final boolean dynamic;
    private Latency latency = Latency.LOW;
    private int rate;

    private ThrottledInterrupts(boolean dynamic, int rate) {
        this.dynamic = dynamic;
        this.rate = rate;
    }

    /**
     * The moderation an {@code interruptRate} asks for: -1 the driver's default (dynamic conservative), 0 none, else
     * a fixed rate.
     */
    static InterruptModeration of(int interruptRate) {
        if (interruptRate == 0) {
            return NONE;
        }
        return interruptRate < 0 ? new ThrottledInterrupts(true, CONSERVATIVE_START_RATE)
                : new ThrottledInterrupts(false, interruptRate);
    }

    /** The interval the ITR value for {@code rate} gives: the register counts whole 256 ns units. */
    static long intervalNanos(int rate) {
        return itrValue(rate) * 256L;
    }

    private static int itrValue(int rate) {
        return 1_000_000_000 / (rate * 256);
    }

    @Override
    public long holdNanos(long now, long lastInterrupt, int pending, int inDevice) {
        return lastInterrupt == Long.MIN_VALUE ? 0 : Math.max(0, lastInterrupt + intervalNanos(rate) - now);
    }

    @Override
    public List<RegisterAccess> handled(int completions, long bytes) {
        if (!dynamic || completions == 0) {
            return List.of();
        }
        int packets = (int) Math.max(completions, (bytes + FRAME_BYTES - 1) / FRAME_BYTES);
        latency = next(latency, packets, bytes);
        int wanted = latency == Latency.BULK ? BULK_RATE : LOW_LATENCY_RATE;
        if (wanted == rate) {
            return List.of();
        }
        rate = wanted > rate ? Math.min(rate + (wanted >> 2), wanted) : wanted;
        return IntelGigabit.MAP.script().write("ITR", itrValue(rate), "e1000_set_itr: " + rate + " interrupts/s")
                .toList();
    }

    /**
     * e1000_update_itr for the classes conservative mode keeps (a lowest-latency verdict becomes low latency).
     */
    private static Latency next(Latency current, int packets, long bytes) {
        long perPacket = bytes / packets;
        if (current == Latency.LOW) {
            if (bytes > 10_000) {
                return perPacket > 8_000 || packets < 10 || perPacket > 1_200 ? Latency.BULK : Latency.LOW;
            }
            return perPacket > 2_000 ? Latency.BULK : Latency.LOW;
        }
        if (bytes > 25_000) {
            return packets > 35 ? Latency.LOW : Latency.BULK;
        }
        return bytes < 6_000 ? Latency.LOW : Latency.BULK;
    }

    int rate() {
        return rate;
    }
}
