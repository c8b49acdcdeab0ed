package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.InterruptModeration;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.internal.network.E1000;
import org.vwb.devices.emulated.internal.network.E1000e;
import org.vwb.testing.RegisterReplay;

/**
 * The Linux e1000 driver's InterruptThrottleRate on the adapter's ITR register: dynamic conservative by default
 * (e1000_set_itr, e1000_update_itr), a fixed rate, or off.
 */
class E1000InterruptThrottlingTest {

    private static final E1000 E1000 = new E1000();
    private static final long AFTER_AN_INTERRUPT = 1_000_000;

    /** The hold of an interrupt due right after the last one: the ITR interval in force. */
    private static long interval(InterruptModeration moderation) {
        return moderation.holdNanos(AFTER_AN_INTERRUPT, AFTER_AN_INTERRUPT, 1, 0);
    }

    /** A handler run that took {@code frames} frames of {@code bytes} bytes each. */
    private static List<RegisterAccess> handled(InterruptModeration moderation, int frames, int bytes) {
        return moderation.handled(frames, (long) frames * bytes);
    }

    @Test
    void theDefaultStartsAtTwentyThousandInterruptsASecondInWholeItrUnits() {
        InterruptModeration dynamic = E1000.interruptModeration(-1);
        // ew32(ITR, 1000000000 / (20000 * 256)) = 195 units of 256 ns
        assertEquals(195 * 256, interval(dynamic));
        assertEquals(0, dynamic.holdNanos(AFTER_AN_INTERRUPT, Long.MIN_VALUE, 1, 0), "the first goes out at once");
        assertEquals(0, dynamic.holdNanos(AFTER_AN_INTERRUPT + 195 * 256, AFTER_AN_INTERRUPT, 1, 0),
                "an interrupt after a quiet spell goes out at once");
    }

    @Test
    void bulkTrafficDropsTheRateToFourThousandAtOnceWithOneTrappingItrWrite() {
        InterruptModeration dynamic = E1000.interruptModeration(-1);
        List<RegisterAccess> write = handled(dynamic, 20, 1_500); // 30,000 bytes in 20 full frames: bulk
        assertEquals(1, write.size());
        assertEquals("ITR", RegisterReplay.register(E1000, write.get(0)).name());
        assertEquals(1, RegisterReplay.trapping(E1000, write), "an emulated adapter traps the register write");
        assertEquals(1_000_000_000 / (4_000 * 256), write.get(0).value());
        assertEquals(976 * 256, interval(dynamic));
        assertEquals(List.of(), handled(dynamic, 20, 1_500), "no write while the class holds");
    }

    @Test
    void backFromBulkTheRateClimbsInQuarterSteps() {
        InterruptModeration dynamic = E1000.interruptModeration(-1);
        handled(dynamic, 20, 1_500);
        List<Long> intervals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            handled(dynamic, 1, 64); // a small frame: low latency again
            intervals.add(interval(dynamic));
        }
        // min(itr + 20000 / 4, 20000): 9,000, 14,000, 19,000, 20,000, 20,000 interrupts/s
        assertEquals(List.of(itrNanos(9_000), itrNanos(14_000), itrNanos(19_000), itrNanos(20_000),
                itrNanos(20_000)), intervals);
    }

    @Test
    void conservativeModeNeverReachesTheLowestLatencyRate() {
        InterruptModeration dynamic = E1000.interruptModeration(-1);
        for (int i = 0; i < 10; i++) {
            handled(dynamic, 40, 300); // over 10,000 bytes in over 35 small packets: lowest latency in mode 1
        }
        assertEquals(itrNanos(20_000), interval(dynamic));
    }

    @Test
    void aFixedRateNeverChangesAndZeroTurnsThrottlingOff() {
        InterruptModeration fixed = E1000.interruptModeration(8_000);
        assertEquals(itrNanos(8_000), interval(fixed));
        assertEquals(List.of(), handled(fixed, 20, 1_500));
        assertEquals(itrNanos(8_000), interval(fixed));
        assertSame(InterruptModeration.NONE, E1000.interruptModeration(0));
    }

    @Test
    void e1000eThrottlesTheSameWay() {
        assertEquals(195 * 256, interval(new E1000e().interruptModeration(-1)));
    }

    private static long itrNanos(int rate) {
        return (1_000_000_000L / (rate * 256L)) * 256;
    }
}
