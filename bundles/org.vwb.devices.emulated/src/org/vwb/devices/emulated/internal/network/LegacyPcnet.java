package org.vwb.devices.emulated.internal.network;

import java.util.List;

import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.AccessScript;
import org.vwb.devices.emulated.RegisterMap;

/**
 * The access sequences of the PCnet driver of Linux 2.0 and 2.2 (lance32.c, renamed pcnet32.c), the driver of the
 * Linux 2.2.17 guest that Sugerman et al. (USENIX ATC 2001) measured on VMware Workstation 2.0. It predates NAPI:
 * the interrupt handler takes every received frame itself and never masks interrupts in CSR3, so a receive makes
 * no access of its own (the handler gives each descriptor back in RAM, OWN set), and the handler re-reads CSR0
 * until no cause is left, then re-enables interrupts with one CSR0 write. Today's pcnet32 (see {@link Vlance})
 * masks in CSR3 and re-arms from its poll.
 */
final class LegacyPcnet {

    /** CSR0 written at the end of lance32_interrupt: clear BABL, CERR, MISS, MERR and IDON, set INEA. */
    private static final int CLEAR_AND_ENABLE = 0x7940;
    /** CSR0 interrupt causes lance32_interrupt loops on: ERR, RINT, TINT. */
    private static final int CAUSES = 0x8600;
    /** lance32_interrupt acknowledges with {@code csr0 & ~0x004f}: the causes read, written back (one to clear). */
    private static final int ACKNOWLEDGE = 0x7f00;

    private LegacyPcnet() {
    }

    /** lance32_rx: the descriptor goes back to the chip in RAM ({@code status |= 0x8000}); no port access. */
    static List<RegisterAccess> receive(RegisterMap map) {
        return map.script().write("RX_DESC", 0x8000, "lance32_rx: descriptor OWN back to the chip").toList();
    }

    /**
     * lance32_interrupt: {@code outw(0, RAP)}; {@code while ((csr0 = inw(RDP)) & 0x8600)} acknowledge with
     * {@code outw(csr0 & ~0x004f, RDP)} - one pass for one completion, and the loop's second read finds no cause;
     * then {@code outw(0, RAP); outw(0x7940, RDP)}.
     */
    static List<RegisterAccess> interrupt(RegisterMap map) {
        AccessScript script = map.script().write("RAP", 0, "select CSR0");
        script.read("RDP", "interrupt causes (loop test, " + Integer.toHexString(CAUSES) + ")")
                .write("RDP", ACKNOWLEDGE, "acknowledge: csr0 & ~0x004f written back")
                .read("RDP", "loop test again: no cause left");
        return Vlance.writeCsr(script, 0, CLEAR_AND_ENABLE, "clear other interrupts, set interrupt enable").toList();
    }
}
