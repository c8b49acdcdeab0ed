package org.vwb.devices.emulated.internal.storage;

import static org.vwb.devices.emulated.RegisterBehaviour.readToClear;
import static org.vwb.devices.emulated.RegisterBehaviour.startsOn;
import static org.vwb.devices.emulated.RegisterBehaviour.storage;
import static org.vwb.devices.emulated.RegisterBehaviour.writeOneToClear;

import java.util.List;

import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.AccessScript;
import org.vwb.devices.emulated.RegisterMap;

/**
 * One channel of the Intel PIIX3/PIIX4 IDE controller as Hyper-V generation 1, QEMU and VMware emulate it: the ATA
 * command block (taskfile) at 0x1F0-0x1F7, the control block at 0x3F6 and the bus-master IDE registers in BAR4.
 * The access sequences are libata's (drivers/ata/libata-sff.c) for DMA commands, shared by disks and ATAPI drives.
 */
final class PiixChannel {

    /**
     * The device's pending interrupt request (INTRQ), which a Status read clears (ATA/ATAPI-6, section 5.14 and
     * 9.x "INTRQ"). It is a line, not a Status bit: the model keeps it in bit 8 of the 8-bit Status register's value.
     */
    static final int INTRQ = 1 << 8;
    /** BMISTA interrupt and error bits, write one to clear; BMICOM start and read-direction bits (PIIX4, 2.7.x). */
    static final int BM_INTERRUPT = 1 << 2, BM_ERROR = 1 << 1, BM_START = 1, BM_READ = 1 << 3;
    static final String SOURCE = "Intel 82371AB PIIX4 datasheet, section 2.7 (bus master IDE: BMICOM, BMISTA, BMIDTP); "
            + "ATA/ATAPI-6 (T13/1410D) command and control block registers; Linux drivers/ata/libata-sff.c "
            + "ata_bmdma_qc_issue, ata_dev_select, ata_sff_dev_select, ata_sff_tf_load, ata_bmdma_setup, "
            + "ata_bmdma_start, ata_bmdma_port_intr, ata_sff_irq_status, ata_bmdma_irq_clear (Linux 6.1)";

    static final RegisterMap MAP = RegisterMap.builder()
            .guestMemory("PRD_TABLE", "physical region descriptors: the buffers of the transfer")
            .trapping("DATA", 0x1F0, "data port: PIO data and ATAPI command packets, 16 bits", storage())
            .trapping("FEATURES", 0x1F1, "features", storage())
            .trapping("SECTOR_COUNT", 0x1F2, "sector count", storage())
            .trapping("LBA_LOW", 0x1F3, "LBA bits 0-7", storage())
            .trapping("LBA_MID", 0x1F4, "LBA bits 8-15 (ATAPI: byte count low)", storage())
            .trapping("LBA_HIGH", 0x1F5, "LBA bits 16-23 (ATAPI: byte count high)", storage())
            .trapping("DEVICE", 0x1F6, "device select and LBA bits 24-27", storage())
            .trapping("COMMAND", 0x1F7, "command (write side of 0x1F7)", storage())
            .trapping("STATUS", 0x1F7, "status (read side of 0x1F7): reading it clears INTRQ",
                    readToClear(INTRQ, true))
            .trapping("ALT_STATUS", 0x3F6, "alternate status: status without clearing INTRQ", storage())
            .trapping("BMICOM", 0xC000, "bus master command (BAR4 + 0): start/stop, direction", startsOn(BM_START))
            .trapping("BMISTA", 0xC002, "bus master status (BAR4 + 2): interrupt and error, write one to clear",
                    writeOneToClear(BM_INTERRUPT | BM_ERROR, false))
            .trapping("BMIDTP", 0xC004, "bus master PRD table pointer (BAR4 + 4)", storage())
            .raisesOnCompletion("STATUS", INTRQ)
            .raisesOnCompletion("BMISTA", BM_INTERRUPT)
            .build();

    private PiixChannel() {
    }

    /**
     * ata_bmdma_qc_issue first selects the device with ata_dev_select(ap, devno, wait = 1, can_sleep = 0):
     * ata_wait_idle reads Status, ata_sff_dev_select writes Device and ata_sff_pause reads the alternate status,
     * then ata_wait_idle reads Status again (Linux 6.1, drivers/ata/libata-sff.c; counted in a QEMU 7.2 guest by
     * {@code vwb measure qemu}: 26 accesses per DMA command). Then ata_sff_tf_load: features, count, LBA
     * low/mid/high, device; and ata_wait_idle reads Status.
     */
    static AccessScript taskfile(int features, int count, int mid, int high) {
        return MAP.script()
                .read("STATUS", "ata_dev_select: ata_wait_idle")
                .write("DEVICE", 0xE0, "ata_sff_dev_select: select the device")
                .read("ALT_STATUS", "ata_sff_dev_select: ata_sff_pause")
                .read("STATUS", "ata_dev_select: ata_wait_idle after the selection")
                .write("FEATURES", features, "taskfile: features")
                .write("SECTOR_COUNT", count, "taskfile: sector count")
                .write("LBA_LOW", 0, "taskfile: LBA low")
                .write("LBA_MID", mid, "taskfile: LBA mid")
                .write("LBA_HIGH", high, "taskfile: LBA high")
                .write("DEVICE", 0xE0, "taskfile: device, LBA mode")
                .read("STATUS", "ata_wait_idle");
    }

    /**
     * ata_bmdma_setup: PRD table pointer, read-modify-write of BMICOM with the direction and no start, then
     * ata_sff_exec_command writes the command and ata_sff_pause reads the alternate status.
     */
    static AccessScript busMasterSetup(AccessScript script, boolean read, int command) {
        return script.write("PRD_TABLE", 0, "PRD entries for the buffer")
                .write("BMIDTP", 0x1000, "PRD table address")
                .read("BMICOM", "current bus master command")
                .write("BMICOM", read ? BM_READ : 0, "direction, DMA stopped")
                .write("COMMAND", command, "issue the command")
                .read("ALT_STATUS", "ata_sff_pause");
    }

    /** ata_bmdma_start: read BMICOM, write it back with the start bit: the transfer begins. */
    static List<RegisterAccess> busMasterStart(AccessScript script, boolean read) {
        return script.read("BMICOM", "current bus master command")
                .write("BMICOM", (read ? BM_READ : 0) | BM_START, "start the bus master")
                .toList();
    }

    /**
     * ata_bmdma_port_intr: BMISTA, stop the bus master (read-modify-write BMICOM, ata_sff_dma_pause), then
     * ata_sff_irq_status reads the alternate status and the Status (which clears INTRQ), and ata_bmdma_irq_clear
     * writes BMISTA back.
     */
    static List<RegisterAccess> interrupt() {
        return MAP.script()
                .read("BMISTA", "did the bus master interrupt?")
                .read("BMICOM", "ata_bmdma_stop")
                .write("BMICOM", 0, "clear the start bit")
                .read("ALT_STATUS", "ata_sff_dma_pause")
                .read("ALT_STATUS", "ata_sff_irq_status: still busy?")
                .read("STATUS", "status, clears INTRQ")
                .read("BMISTA", "ata_bmdma_irq_clear")
                .write("BMISTA", BM_INTERRUPT, "write back to clear the interrupt bit")
                .toList();
    }
}
