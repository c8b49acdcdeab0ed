package org.vwb.devices.emulated.internal.storage;

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
 * A SATA disk behind an AHCI host bus adapter (QEMU's ICH9 AHCI, VMware's SATA controller), with native command
 * queueing. The command (FIS, PRD table) is built in guest RAM; issuing it costs one or two MMIO writes, not a
 * taskfile: the point of comparing it with {@link IdeDisk}.
 */
@Component(service = DeviceModel.class)
public final class Ahci extends RegisterLevelDevice {

    /** PxIS Set Device Bits FIS interrupt (NCQ completion), port 0's bit in IS (AHCI 1.3.1, 3.3.5 and 3.1.2). */
    private static final int SDBS = 1 << 3, PORT0 = 1;
    /** READ/WRITE FPDMA QUEUED (ATA8-ACS 7.24, 7.71). */
    private static final int READ_FPDMA = 0x60, WRITE_FPDMA = 0x61;

    private static final RegisterMap MAP = RegisterMap.builder()
            .guestMemory("COMMAND_HEADER", "command list slot: FIS length, PRD count, command table address")
            .guestMemory("COMMAND_TABLE", "command FIS (H2D register FIS) and PRD table")
            .trapping("IS", 0x08, "HBA interrupt status: one bit per port, write one to clear; the line follows it",
                    writeOneToClear(-1, true))
            .trapping("PxIS", 0x110, "port 0 interrupt status, write one to clear", writeOneToClear(-1, false))
            .trapping("PxSACT", 0x134, "port 0 SATA active: NCQ tags outstanding", storage())
            .trapping("PxCI", 0x138, "port 0 command issue: writing a slot's bit issues its command", doorbell())
            .raisesOnCompletion("PxIS", SDBS)
            .raisesOnCompletion("IS", PORT0)
            .build();

    public Ahci() {
        super(new DeviceSheet("ahci", DeviceKind.BLOCK,
                "SATA disk on an AHCI host bus adapter with NCQ (QEMU ICH9, VMware SATA)",
                "Serial ATA AHCI 1.3.1 specification, sections 3.1 (IS), 3.3 (PxIS, PxSACT, PxCI), 5.5 (command "
                        + "issue) and 5.6 (interrupts); Linux drivers/ata/libahci.c ahci_qc_prep, ahci_qc_issue, "
                        + "ahci_single_level_irq_intr, ahci_port_intr, ahci_handle_port_interrupt",
                32), MAP, command(READ_FPDMA), command(WRITE_FPDMA), interrupt());
    }

    /**
     * ahci_qc_prep fills the command table and header in RAM; ahci_qc_issue writes the tag's bit to PxSACT (NCQ)
     * and to PxCI.
     */
    private static List<RegisterAccess> command(int fisCommand) {
        return MAP.script()
                .write("COMMAND_TABLE", fisCommand, "H2D FIS and PRD entries")
                .write("COMMAND_HEADER", 0x05, "FIS length 5 dwords")
                .write("PxSACT", 1, "NCQ tag active")
                .write("PxCI", 1, "issue slot")
                .toList();
    }

    /**
     * ahci_single_level_irq_intr reads IS; ahci_port_intr reads PxIS and writes it back; the completed tags come from
     * PxSACT; finally IS is written back, port bits first and host bits last, as the latch requires.
     */
    private static List<RegisterAccess> interrupt() {
        return MAP.script()
                .read("IS", "which ports interrupt")
                .read("PxIS", "port interrupt causes")
                .write("PxIS", SDBS, "clear the port causes")
                .read("PxSACT", "tags still active: the others completed")
                .write("IS", PORT0, "clear the port's bit: the line drops")
                .toList();
    }
}
