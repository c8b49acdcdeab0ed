package org.vwb.devices.synthetic.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.InterruptModeration;
import org.vwb.devices.synthetic.internal.Pvscsi;
import org.vwb.devices.synthetic.internal.Vmxnet2;
import org.vwb.devices.synthetic.internal.Vmxnet3;

/** The coalescing ESX applies to its paravirtual devices: vmxnet3's rate-based default and PVSCSI's vIC. */
class InterruptCoalescingTest {

    private static final long MS = 1_000_000;

    @Test
    void vmxnet3CoalescesAtFourThousandInterruptsASecondByDefault() {
        InterruptModeration rbc = new Vmxnet3().interruptModeration(-1);
        assertEquals(250_000, rbc.holdNanos(10 * MS, 10 * MS, 1, 0), "1 s / 4,000");
        assertEquals(0, rbc.holdNanos(10 * MS, 10 * MS - 250_000, 1, 0), "after a quiet interval, at once");
        assertEquals(62_500, new Vmxnet3().interruptModeration(16_000).holdNanos(10 * MS, 10 * MS, 1, 0));
        assertSame(InterruptModeration.NONE, new Vmxnet3().interruptModeration(0));
        assertSame(InterruptModeration.NONE, new Vmxnet2().interruptModeration(-1), "vmxnet2 is not moderated");
    }

    /** vIC after an epoch of {@code iops} I/Os a second: what each of {@code completions} completions is told. */
    private static List<Long> vic(int iops, int inDevice, int completions) {
        InterruptModeration vic = new Pvscsi().interruptModeration(-1);
        vic.holdNanos(0, Long.MIN_VALUE, 1, inDevice); // opens the first 200 ms epoch
        vic.handled(iops / 5, 0); // the epoch's completions
        List<Long> holds = new ArrayList<>();
        for (int i = 0; i < completions; i++) {
            holds.add(vic.holdNanos(200 * MS + i, 0, i + 1, inDevice));
        }
        return holds;
    }

    @Test
    void vicDeliversOneInterruptPerCifOverFourCompletionsAtHighRates() {
        long held = InterruptModeration.UNTIL_NEXT_COMPLETION;
        // 32 commands in flight at 20,000 I/Os a second: one interrupt per 8 completions, no timer
        assertEquals(List.of(held, held, held, held, held, held, held, 0L, held), vic(20_000, 32, 9));
    }

    @Test
    void vicNeverHoldsTrickleOrShallowIo() {
        assertEquals(List.of(0L, 0L, 0L), vic(1_000, 32, 3), "below 2,000 I/Os a second");
        assertEquals(List.of(0L, 0L, 0L), vic(20_000, 3, 3), "below 4 commands in flight");
        assertEquals(0, new Pvscsi().interruptModeration(-1).holdNanos(0, Long.MIN_VALUE, 1, 64),
                "before the first epoch has a rate, nothing is held");
    }
}
