package org.vwb.devices.emulated.internal.network;

import static org.vwb.devices.emulated.RegisterBehaviour.doorbell;
import static org.vwb.devices.emulated.RegisterBehaviour.startsOn;
import static org.vwb.devices.emulated.RegisterBehaviour.storage;
import static org.vwb.devices.emulated.RegisterBehaviour.writeOneToClear;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.AccessScript;
import org.vwb.core.api.DeviceSheet;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.devices.emulated.RegisterMap;
import org.vwb.model.DeviceKind;

/**
 * The Realtek RTL8029, a PCI NE2000 (National DP8390 core), QEMU's {@code ne2k_pci}. No bus mastering at all: the
 * frame reaches the card's buffer memory by "remote DMA", which is the CPU pushing it through the data port, and
 * every register sits behind the page select bits of CR. Page-1 CURR shares offset 07h with page-0 ISR, as TSR
 * (read) shares 04h with TPSR (write); the scripts select the page with CR as the driver does.
 */
@Component(service = DeviceModel.class)
public final class Ne2kPci extends RegisterLevelDevice {

    /** CR bits (DP8390D datasheet, CR table): start, transmit packet, remote read/write, abort DMA, page 1. */
    private static final int STA = 0x02, TXP = 0x04, RD0 = 0x08, RD1 = 0x10, NODMA = 0x20, PAGE1 = 0x40;
    /** ISR bits (DP8390D, ISR table): packet received and transmitted, receive error, remote DMA complete. */
    private static final int PRX = 0x01, PTX = 0x02, RXE = 0x04, RDC = 0x40;
    /** IMR value ei_start_xmit restores (ENISR_ALL: every cause but RDC). */
    private static final int ENISR_ALL = 0x3f;
    /**
     * ne2k-pci's buffer memory: two transmit buffers of six 256-byte pages from page 40h (lib8390's tx1 and tx2),
     * the receive ring after them (rx_start_page = tx_start_page + TX_PAGES).
     */
    private static final int TX_PAGE = 0x40, TX_BUFFERS = 2, RX_PAGE = TX_PAGE + 12;
    /** A full frame; the 8390 packet header the card writes before each received frame is four bytes. */
    private static final int FRAME = 1514, HEADER = 4;
    /**
     * KVM's x86 emulator reads a {@code rep ins} ahead through a 1,024-byte cache (struct read_cache, bounded by
     * the end of the guest page): one exit to QEMU per chunk (arch/x86/kvm/emulate.c pio_in_emulated).
     */
    private static final int READ_AHEAD = 1024;

    private static final RegisterMap MAP = RegisterMap.builder()
            .trapping("CR", 0x00, "command: start/stop, transmit packet, remote DMA command, page select",
                    startsOn(TXP))
            .trapping("BNRY", 0x03, "page 0 boundary: the last receive page the driver has read; writing it frees"
                    + " ring space for the card", doorbell())
            .trapping("TPSR", 0x04, "page 0 transmit page start (write)", storage())
            .trapping("TSR", 0x04, "page 0 transmit status (read)", storage())
            .trapping("TBCR0", 0x05, "page 0 transmit byte count, low byte", storage())
            .trapping("TBCR1", 0x06, "page 0 transmit byte count, high byte", storage())
            .trapping("ISR", 0x07, "page 0 interrupt status, write one to clear; INTR follows it",
                    writeOneToClear(0xff, true))
            .trapping("CURR", 0x07, "page 1 current page: where the card writes the next frame", storage())
            .trapping("RSAR0", 0x08, "page 0 remote start address, low byte", storage())
            .trapping("RSAR1", 0x09, "page 0 remote start address, high byte (a buffer page)", storage())
            .trapping("RBCR0", 0x0A, "page 0 remote byte count, low byte", storage())
            .trapping("RBCR1", 0x0B, "page 0 remote byte count, high byte", storage())
            .trapping("IMR", 0x0F, "page 0 interrupt mask (write)", storage())
            .trapping("DATA", 0x10, "NE2000 data port: the remote DMA window into the card's buffer memory",
                    storage())
            // Received frames are acknowledged by ei_receive itself, which the model plays as the read request,
            // so completion raises the transmit cause the handler's own pass clears.
            .raisesOnCompletion("ISR", PTX)
            .build();

    public Ne2kPci() {
        super(new DeviceSheet("ne2k_pci", DeviceKind.NETWORK,
                "Realtek RTL8029 (PCI NE2000, DP8390 core), emulated by QEMU: every byte of a frame goes through"
                        + " a port",
                "National Semiconductor DP8390D NIC Core datasheet, register tables (CR, BNRY, TPSR/TSR, TBCR0-1,"
                        + " ISR, CURR, RSAR0-1, RBCR0-1, IMR) and remote DMA; Linux drivers/net/ethernet/8390/"
                        + "lib8390.c __ei_start_xmit, NS8390_trigger_send, __ei_interrupt, ei_tx_intr, ei_receive;"
                        + " ne2k-pci.c ne2k_pci_block_output, ne2k_pci_block_input, ne2k_pci_get_8390_hdr (RTL8029:"
                        + " 32-bit data port I/O); Linux arch/x86/kvm/emulate.c em_out, pio_in_emulated and x86.c"
                        + " x86_emulate_instruction (string port I/O under KVM)",
                TX_BUFFERS), MAP, receive(), transmit(), interrupt());
    }

    /**
     * __ei_start_xmit masks the card's interrupts, copies the frame into a transmit buffer
     * (ne2k_pci_block_output), starts the transmit (NS8390_trigger_send) and unmasks.
     */
    private static List<RegisterAccess> transmit() {
        AccessScript script = MAP.script()
                .write("IMR", 0, "mask the card's interrupts")
                .write("CR", NODMA | STA, "ne2k_pci_block_output: page 0, no DMA")
                .write("ISR", RDC, "clear a stale remote DMA complete");
        remoteDma(script, RD1, FRAME, TX_PAGE << 8, "remote write: the frame into transmit buffer 1");
        // outsl(NE_DATAPORT, buf, count >> 2) and outw for the last two bytes. KVM's emulator hands each OUT of a
        // rep outs to QEMU on its own (em_out passes a count of 1, x86_emulate_instruction exits to user space
        // after it and the guest re-executes the instruction): one exit per element, not one per string.
        for (int i = 0; i < FRAME / 4; i++) {
            script.write("DATA", 0, "rep outsl: doubleword " + i + " of the frame");
        }
        script.write("DATA", 0, "outw: the frame's last two bytes")
                .read("ISR", "wait for RDC: QEMU finishes the remote DMA with the last byte")
                .write("ISR", RDC, "acknowledge remote DMA complete");
        return script
                .write("CR", NODMA | STA, "NS8390_trigger_send: page 0")
                .read("CR", "transmitter still busy?")
                .write("TBCR0", FRAME & 0xff, "frame length, low byte")
                .write("TBCR1", FRAME >> 8, "frame length, high byte")
                .write("TPSR", TX_PAGE, "transmit buffer's first page")
                .write("CR", NODMA | TXP | STA, "transmit packet")
                .write("IMR", ENISR_ALL, "interrupts back on")
                .toList();
    }

    /**
     * ei_receive, called by __ei_interrupt on PRX: compare CURR with BNRY, read the 8390 header and the frame by
     * remote DMA, move BNRY past it, look again (nothing more), acknowledge the receive causes.
     */
    private static List<RegisterAccess> receive() {
        AccessScript script = MAP.script();
        ringPointers(script, "a frame waits");
        script.write("CR", NODMA | STA, "ne2k_pci_get_8390_hdr: page 0, no DMA");
        remoteDma(script, RD0, HEADER, RX_PAGE << 8, "remote read: the 8390 packet header")
                .read("DATA", "inl: status, next page and byte count")
                .write("ISR", RDC, "acknowledge remote DMA complete")
                .write("CR", NODMA | STA, "ne2k_pci_block_input: page 0, no DMA");
        remoteDma(script, RD0, FRAME, (RX_PAGE << 8) + HEADER, "remote read: the frame after its header");
        // insl(NE_DATAPORT, buf, count >> 2), then inw for the last two bytes.
        int chunks = (FRAME / 4 * 4 + READ_AHEAD - 1) / READ_AHEAD;
        for (int i = 0; i < chunks; i++) {
            script.read("DATA", "rep insl: KVM read-ahead chunk " + i + " of at most 1 KiB");
        }
        script.read("DATA", "inw: the frame's last two bytes")
                .write("ISR", RDC, "acknowledge remote DMA complete")
                .write("BNRY", RX_PAGE + (HEADER + FRAME) / 256,
                        "next_frame - 1: the frame's pages go back to the card");
        ringPointers(script, "loop: no further frame");
        return script.write("ISR", PRX | RXE, "acknowledge the receive causes").toList();
    }

    /** __ei_interrupt with ei_tx_intr: page 0, causes, transmit status, acknowledge, then ISR reads zero. */
    private static List<RegisterAccess> interrupt() {
        return MAP.script()
                .write("CR", NODMA, "page 0")
                .read("ISR", "interrupt causes")
                .read("TSR", "ei_tx_intr: transmit status")
                .write("ISR", PTX, "ei_tx_intr: acknowledge packet transmitted")
                .write("CR", NODMA | STA, "end of the service pass")
                .read("ISR", "loop: no causes left")
                .toList();
    }

    /** ei_receive's check: CURR on page 1, then BNRY on page 0. */
    private static AccessScript ringPointers(AccessScript script, String outcome) {
        return script.write("CR", NODMA | PAGE1, "page 1")
                .read("CURR", "where the card writes next")
                .write("CR", NODMA, "page 0")
                .read("BNRY", "where the driver stopped: " + outcome);
    }

    /** The set-up ne2k_pci_block_output/input and get_8390_hdr share: byte count, buffer address, command. */
    private static AccessScript remoteDma(AccessScript script, int command, int bytes, int address, String purpose) {
        return script.write("RBCR0", bytes & 0xff, "remote byte count, low byte")
                .write("RBCR1", bytes >> 8, "remote byte count, high byte")
                .write("RSAR0", address & 0xff, "remote start address, low byte")
                .write("RSAR1", address >> 8, "remote start address: the buffer page")
                .write("CR", command | STA, purpose);
    }
}
