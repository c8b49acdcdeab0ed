package org.vwb.devices.emulated.internal.network;

import static org.vwb.devices.emulated.RegisterBehaviour.doorbell;
import static org.vwb.devices.emulated.RegisterBehaviour.startsOn;
import static org.vwb.devices.emulated.RegisterBehaviour.storage;
import static org.vwb.devices.emulated.RegisterBehaviour.writeOneToClear;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DeviceSheet;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.devices.emulated.RegisterMap;
import org.vwb.model.DeviceKind;

/**
 * QEMU's "rtl8139" as a guest drives it: QEMU presents an RTL8139C+ (PCI revision 0x20,
 * {@code RTL8139_PCI_REVID_8139CPLUS} in hw/net/rtl8139.c), which Linux's 8139too refuses ("an enhanced 8139C+
 * chip, use 8139cp", rtl8139_init_one) and 8139cp drives in C+ mode: descriptor rings in guest memory, one
 * transmit poll register, and an interrupt mask the handler turns the receive causes off in while NAPI polls.
 * Counted against a real QEMU 7.2 guest by {@code vwb measure qemu} (docs/measure.md): 4.0-4.2 accesses per
 * transmitted and 8.3-8.8 per received frame, the extra from the statistics read of RxMissed.
 */
@Component(service = DeviceModel.class)
public final class Rtl8139 extends RegisterLevelDevice {

    /** IntrStatus RxOK (8139cp.c enum: {@code RxOK = (1 << 0)}). */
    private static final int RX_OK = 1;
    /** IntrStatus TxOK (8139cp.c enum: {@code TxOK = (1 << 2)}). */
    private static final int TX_OK = 1 << 2;
    /** {@code cp_rx_intr_mask = RxOK | RxErr | RxEmpty | RxFIFOOvr}. */
    private static final int RX_CAUSES = 0x53;
    /** {@code cp_intr_mask} (all causes on) and {@code cp_norx_intr_mask} (receive causes off while NAPI polls). */
    private static final int ALL_CAUSES = 0x80ff;
    private static final int NO_RX_CAUSES = 0x80ac;

    private static final RegisterMap MAP = RegisterMap.builder()
            .guestMemory("TX_RING", "the transmit descriptors and the frame, written by the driver")
            .guestMemory("RX_RING", "the receive descriptors and the frames the chip wrote")
            // Unmasking RxOK after a poll is what lets the chip signal the next frame: the receive's start.
            .trapping("IntrMask", 0x3C, "interrupt mask; read first by the handler, flushed after every write",
                    (state, register, access) -> {
                        storage().apply(state, register, access);
                        return startsOn(RX_OK).apply(state, register, access);
                    })
            .trapping("IntrStatus", 0x3E, "interrupt status, write one to clear", writeOneToClear(0xffff, true))
            .trapping("TxPoll", 0xD9, "transmit poll: NormalTxPoll starts the chip on the transmit ring", doorbell())
            // The completion raises the transmit cause, which the handler itself acknowledges; received frames are
            // acknowledged by cp_rx_poll in the receive sequence.
            .raisesOnCompletion("IntrStatus", TX_OK)
            .build();

    public Rtl8139() {
        super(new DeviceSheet("rtl8139", DeviceKind.NETWORK, "Realtek RTL8139C+ 10/100 Ethernet, emulated by QEMU",
                "QEMU hw/net/rtl8139.c (PCI revision 0x20: an RTL8139C+); Linux 6.1 "
                        + "drivers/net/ethernet/realtek/8139cp.c cp_start_xmit, cp_interrupt, cp_rx_poll; "
                        + "drivers/net/ethernet/realtek/8139too.c rtl8139_init_one (refuses revision >= 0x20)",
                4), MAP, receive(), transmit(), interrupt());
    }

    /** cp_start_xmit: the descriptor and frame in guest memory, then {@code cpw8(TxPoll, NormalTxPoll)}. */
    private static List<RegisterAccess> transmit() {
        return MAP.script()
                .write("TX_RING", 0, "descriptor and frame")
                .write("TxPoll", 0x40, "NormalTxPoll: start transmitting")
                .toList();
    }

    /**
     * A received frame: cp_interrupt sees a receive cause and, before scheduling NAPI, masks the receive causes
     * ({@code cpw16_f(IntrMask, cp_norx_intr_mask)}: a write and the read that flushes it); cp_rx_poll
     * acknowledges them ({@code cpw16(IntrStatus, cp_rx_intr_mask)}), takes the frame from the ring and, done
     * within its budget, unmasks them again ({@code cpw16_f(IntrMask, cp_intr_mask)}).
     */
    private static List<RegisterAccess> receive() {
        return MAP.script()
                .write("IntrMask", NO_RX_CAUSES, "cp_interrupt: receive causes off while NAPI polls")
                .read("IntrMask", "cpw16_f flushes the posted write")
                .write("IntrStatus", RX_CAUSES, "cp_rx_poll: acknowledge the receive causes")
                .read("RX_RING", "descriptor and frame")
                .write("IntrMask", ALL_CAUSES, "cp_rx_poll done: every cause on again")
                .read("IntrMask", "cpw16_f flushes the posted write")
                .toList();
    }

    /**
     * cp_interrupt: {@code cpr16(IntrMask)} (a masked-off device's interrupt is not its own), {@code cpr16(IntrStatus)},
     * and {@code cpw16(IntrStatus, status & ~cp_rx_intr_mask)}, which acknowledges all but the receive causes.
     */
    private static List<RegisterAccess> interrupt() {
        return MAP.script()
                .read("IntrMask", "is the device's interrupt enabled at all?")
                .read("IntrStatus", "interrupt status")
                .write("IntrStatus", TX_OK, "acknowledge all but the receive causes")
                .toList();
    }
}
