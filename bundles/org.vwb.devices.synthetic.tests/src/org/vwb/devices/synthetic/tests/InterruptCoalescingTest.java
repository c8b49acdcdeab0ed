package org.vwb.devices.synthetic.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.InterruptModeration;
import org.vwb.devices.synthetic.internal.Pvscsi;
import org.vwb.devices.synthetic.internal.Vmxnet2;
import org.vwb.devices.synthetic.internal.Vmxnet3;

/** The coalescing of ESX's paravirtual devices: vmxnet3's rate-based default; PVSCSI's vIC is the vmkernel's. */
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

    @Test
    void pvscsiHasNoModerationOfItsOwnItsCoalescingIsTheVmkernels() {
        // vIC is ESX's (the ESX profiles apply it, VirtualInterruptCoalescingTest in org.vwb.vendors.tests)
        assertSame(InterruptModeration.NONE, new Pvscsi().interruptModeration(-1));
        assertEquals(250_000, new Pvscsi().interruptModeration(4_000).holdNanos(10 * MS, 10 * MS, 1, 4));
    }
}
