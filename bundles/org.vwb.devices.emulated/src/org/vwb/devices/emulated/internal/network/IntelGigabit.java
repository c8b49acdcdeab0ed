package org.vwb.devices.emulated.internal.network;

import static org.vwb.devices.emulated.RegisterBehaviour.doorbell;
import static org.vwb.devices.emulated.RegisterBehaviour.readToClear;
import static org.vwb.devices.emulated.RegisterBehaviour.storage;

import java.util.List;

import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.RegisterMap;

/**
 * What the Intel 8254x (e1000) and 82574 (e1000e) share: descriptor rings in guest RAM, the transmit and receive
 * tail registers as doorbells, and an interrupt cause register cleared by reading it. Offsets from the PCI/PCI-X
 * Family of Gigabit Ethernet Controllers Software Developer's Manual (8254x), table 13-2, which the 82574
 * datasheet keeps.
 */
final class IntelGigabit {

    /**
     * ICR causes: transmit descriptor written back, receiver timer. Bit 31 (INT_ASSERTED) exists from the 82571 on;
     * e1000e relies on it, the 8254x reads it as reserved and e1000 ignores it.
     */
    static final int TXDW = 1, RXT0 = 1 << 7, INT_ASSERTED = 1 << 31;

    static final RegisterMap MAP = RegisterMap.builder()
            .guestMemory("TX_DESC", "legacy transmit descriptor: buffer address, length, command (EOP, RS)")
            .guestMemory("RX_DESC", "receive descriptor with a fresh buffer address")
            .trapping("STATUS", 0x0008, "device status; drivers read it to flush posted writes", storage())
            .trapping("ICR", 0x00C0, "interrupt cause read: reading clears every cause and lowers the line",
                    readToClear(-1, true))
            .trapping("ITR", 0x00C4, "interrupt throttling: least interval between interrupts, in 256 ns units",
                    storage())
            .trapping("IMS", 0x00D0, "interrupt mask set", storage())
            .trapping("IMC", 0x00D8, "interrupt mask clear", storage())
            .trapping("RDT", 0x2818, "receive descriptor tail: buffers up to here belong to the device", doorbell())
            .trapping("TDT", 0x3818, "transmit descriptor tail: the device transmits up to here", doorbell())
            .raisesOnCompletion("ICR", TXDW | RXT0 | INT_ASSERTED)
            .build();

    private IntelGigabit() {
    }

    /** e1000_xmit_frame / e1000_tx_queue: descriptors in RAM, then one {@code writel} of the new tail to TDT. */
    static List<RegisterAccess> transmit() {
        return MAP.script()
                .write("TX_DESC", 0x0B000000, "descriptor command EOP|IFCS|RS")
                .write("TDT", 1, "transmit tail")
                .toList();
    }

    /**
     * e1000_alloc_rx_buffers: a fresh buffer in the descriptor, then the new tail to RDT. The drivers batch the
     * tail write (E1000_RX_BUFFER_WRITE, 16 buffers) under load; the model writes it per request, its upper bound.
     */
    static List<RegisterAccess> receive() {
        return MAP.script()
                .write("RX_DESC", 0, "fresh receive buffer")
                .write("RDT", 1, "receive tail")
                .toList();
    }
}
