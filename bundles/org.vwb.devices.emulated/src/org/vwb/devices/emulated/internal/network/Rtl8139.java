package org.vwb.devices.emulated.internal.network;

import static org.vwb.devices.emulated.RegisterBehaviour.doorbell;
import static org.vwb.devices.emulated.RegisterBehaviour.storage;
import static org.vwb.devices.emulated.RegisterBehaviour.writeOneToClear;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.DeviceSheet;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.devices.emulated.RegisterMap;
import org.vwb.model.DeviceKind;

/**
 * The Realtek RTL8139C, QEMU's long-time default NIC. No descriptor ring: four transmit buffers whose status
 * registers are the doorbells, and one receive ring buffer whose read pointer (CAPR) the driver moves.
 */
@Component(service = DeviceModel.class)
public final class Rtl8139 extends RegisterLevelDevice {

    /** ISR transmit OK (RTL8139C datasheet, ISR table). */
    private static final int TOK = 1 << 2;

    private static final RegisterMap MAP = RegisterMap.builder()
            .guestMemory("TX_BUFFER", "the frame copied into the driver's transmit buffer")
            .guestMemory("RX_RING", "the receive ring buffer the chip writes frames into")
            .trapping("TSD0", 0x10, "transmit status of descriptor 0: writing the size starts the transmit",
                    doorbell())
            .trapping("CR", 0x37, "command register; bit 0 BUFE says the receive buffer is empty", storage())
            .trapping("CAPR", 0x38, "current address of packet read: frees receive buffer space", doorbell())
            .trapping("IMR", 0x3C, "interrupt mask", storage())
            .trapping("ISR", 0x3E, "interrupt status, write one to clear", writeOneToClear(0xffff, true))
            // Received frames are acknowledged by rtl8139_rx in the NAPI poll, not by the handler, so the model's
            // completion raises the transmit cause the handler itself clears.
            .raisesOnCompletion("ISR", TOK)
            .build();

    public Rtl8139() {
        super(new DeviceSheet("rtl8139", DeviceKind.NETWORK, "Realtek RTL8139C 10/100 Ethernet, emulated by QEMU",
                "Realtek RTL8139C(L) datasheet, register descriptions (TSD0-3, CR, CAPR, IMR, ISR); Linux "
                        + "drivers/net/ethernet/realtek/8139too.c rtl8139_start_xmit, rtl8139_rx, "
                        + "rtl8139_interrupt, rtl8139_tx_interrupt",
                4), MAP, receive(), transmit(), interrupt());
    }

    /** rtl8139_start_xmit: copy into the transmit buffer, {@code RTL_W32_F(TxStatus0 + entry * 4, size)}: write, read back. */
    private static List<RegisterAccess> transmit() {
        return MAP.script()
                .write("TX_BUFFER", 0, "copy the frame")
                .write("TSD0", 1514, "frame size: start transmit")
                .read("TSD0", "RTL_W32_F flushes the posted write")
                .toList();
    }

    /** rtl8139_rx: check BUFE in CR, take the frame from RAM, move CAPR past it, check CR again. */
    private static List<RegisterAccess> receive() {
        return MAP.script()
                .read("CR", "receive buffer empty?")
                .read("RX_RING", "frame header and data")
                .write("CAPR", 0x600, "RTL_W16(RxBufPtr, cur_rx - 16)")
                .read("CR", "loop: receive buffer empty now?")
                .toList();
    }

    /** rtl8139_interrupt: read ISR, write back its causes, then rtl8139_tx_interrupt reads the transmit status. */
    private static List<RegisterAccess> interrupt() {
        return MAP.script()
                .read("ISR", "interrupt status")
                .write("ISR", TOK, "acknowledge: status & ~(RxAckBits | TxErr)")
                .read("TSD0", "rtl8139_tx_interrupt: status of the finished transmit")
                .toList();
    }
}
