package org.vwb.devices.emulated.internal.network;

import static org.vwb.devices.emulated.RegisterBehaviour.doorbell;
import static org.vwb.devices.emulated.RegisterBehaviour.startsOn;
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
 * The DEC 21140 "Tulip" 10/100 Ethernet controller, Hyper-V generation-1 "legacy network adapter", emulated by the
 * VM's worker process (vmwp.exe) in the parent partition. Sequences follow Linux's tulip driver.
 */
@Component(service = DeviceModel.class)
public final class Dec21140 extends RegisterLevelDevice {

    /** CSR5 status: transmit interrupt, receive interrupt, normal interrupt summary (21140A HRM, CSR5 table). */
    private static final int TI = 1, RI = 1 << 6, NIS = 1 << 16;
    /** CSR7 receive interrupt enable; tulip_poll sets it again when it has drained the receive ring. */
    private static final int RIE = 1 << 6;
    /** tulip_tbl[].valid_intrs of the 21140 (tulip_core.c): the interrupts the driver enables. */
    private static final int VALID_INTRS = 0x0001ebef;

    private static final RegisterMap MAP = RegisterMap.builder()
            .guestMemory("TX_DESC", "transmit descriptor: status word with the OWN bit, buffer address and length")
            .guestMemory("RX_DESC", "receive descriptor handed back to the chip with OWN set")
            .trapping("CSR1", 0x08, "transmit poll demand: any write makes the chip read the transmit ring",
                    doorbell())
            .trapping("CSR5", 0x28, "status: interrupt causes, write one to clear", writeOneToClear(0x0001ffff, true))
            .trapping("CSR7", 0x38, "interrupt enable", storage().and(startsOn(RIE)))
            .trapping("CSR8", 0x40, "missed frames counter, cleared by reading", storage())
            // The API's complete() does not say which direction finished; the ISR's write-back clears whatever
            // is set, so raising both causes costs the same accesses as raising the right one.
            .raisesOnCompletion("CSR5", TI | RI | NIS)
            .build();

    public Dec21140() {
        super(new DeviceSheet("dec21140", DeviceKind.NETWORK,
                "DEC 21140 \"Tulip\" 10/100 Ethernet, Hyper-V legacy network adapter (generation 1, PXE boot)",
                "Digital Semiconductor 21140A PCI Fast Ethernet LAN Controller Hardware Reference Manual, "
                        + "chapter 3 (CSR1 transmit poll demand, CSR5 status, CSR7 interrupt enable, CSR8); Linux "
                        + "drivers/net/ethernet/dec/tulip: tulip_core.c tulip_start_xmit, interrupt.c "
                        + "tulip_interrupt and tulip_poll (NAPI)",
                32), MAP, receive(), transmit(), interrupt());
    }

    /**
     * tulip_start_xmit: fill the descriptor in RAM, set OWN, then {@code iowrite32(0, ioaddr + CSR1)}, "trigger an
     * immediate transmit demand".
     */
    private static List<RegisterAccess> transmit() {
        return MAP.script()
                .write("TX_DESC", 0x80000000, "descriptor OWN bit: the chip owns the buffer")
                .write("CSR1", 0, "transmit poll demand")
                .toList();
    }

    /**
     * The 21140 fills posted receive buffers by itself; what the guest does per received batch is tulip_poll's
     * refill (OWN back in RAM) and re-enabling receive interrupts in CSR7 that tulip_interrupt masked. That write
     * re-arms receive, and is the access the model makes start the read.
     */
    private static List<RegisterAccess> receive() {
        return MAP.script()
                .write("RX_DESC", 0x80000000, "refill: descriptor OWN bit back to the chip")
                .write("CSR7", VALID_INTRS, "tulip_poll: re-enable receive interrupts")
                .toList();
    }

    /**
     * tulip_interrupt: read CSR5, write the causes back to acknowledge them, loop reading CSR5 until no summary bit
     * is set, then read the missed-frames counter CSR8.
     */
    private static List<RegisterAccess> interrupt() {
        return MAP.script()
                .read("CSR5", "interrupt causes")
                .write("CSR5", 0x0001ffff, "acknowledge: csr5 & 0x0001ffff written back")
                .read("CSR5", "loop: any cause left?")
                .read("CSR8", "missed frames")
                .toList();
    }
}
