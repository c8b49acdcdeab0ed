package org.vwb.devices.emulated.internal.storage;

import static org.vwb.devices.emulated.RegisterBehaviour.clearsOnWrite;
import static org.vwb.devices.emulated.RegisterBehaviour.startsOn;
import static org.vwb.devices.emulated.RegisterBehaviour.storage;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.DeviceSheet;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.devices.emulated.RegisterMap;
import org.vwb.model.DeviceKind;

/**
 * The BusLogic BT-958 (MultiMaster) SCSI host adapter, VMware's oldest emulated SCSI controller. Commands travel
 * through mailboxes in host memory; the only port access to issue one is the "start mailbox command".
 */
@Component(service = DeviceModel.class)
public final class BusLogic extends RegisterLevelDevice {

    /** Interrupt register: incoming mailbox loaded, interrupt valid; control register interrupt reset (BusLogic.h). */
    private static final int IMBL = 1, INTV = 1 << 7, IRST = 1 << 5;
    /** Host adapter command "start mailbox command". */
    private static final int START_MAILBOX = 0x02;

    private static final RegisterMap MAP = busLogic();

    public BusLogic() {
        super(new DeviceSheet("buslogic", DeviceKind.BLOCK, "BusLogic BT-958 MultiMaster SCSI, emulated by VMware",
                "BusLogic MultiMaster Ultra SCSI Host Adapters Technical Reference Manual (control/status, "
                        + "command/parameter and interrupt registers; mailbox protocol); Linux "
                        + "drivers/scsi/BusLogic.c blogic_write_outbox, blogic_inthandler; BusLogic.h",
                64), MAP, command(0x28), command(0x2A), interrupt());
    }

    private static RegisterMap busLogic() {
        RegisterMap.Builder builder = RegisterMap.builder()
                .guestMemory("CCB", "command control block with the CDB and data pointer")
                .guestMemory("OUTGOING_MAILBOX", "outgoing mailbox: CCB address and action code")
                .guestMemory("INCOMING_MAILBOX", "incoming mailbox: completion code of a CCB")
                .trapping("INTERRUPT", 0x2, "interrupt register (read): why the adapter interrupts", storage());
        int interrupt = builder.index("INTERRUPT");
        return builder
                .trapping("CONTROL", 0x0, "control register (write): writing IRST clears the interrupt register",
                        clearsOnWrite(interrupt, IRST, -1))
                .trapping("STATUS", 0x0, "status register (read)", storage())
                .trapping("COMMAND", 0x1, "command/parameter register (write)", startsOn(START_MAILBOX))
                .raisesOnCompletion("INTERRUPT", IMBL | INTV)
                .build();
    }

    /** blogic_write_outbox: CCB and outgoing mailbox in RAM, then the start mailbox command to the command port. */
    private static List<RegisterAccess> command(int scsiCommand) {
        return MAP.script()
                .write("CCB", scsiCommand, "CCB with the CDB")
                .write("OUTGOING_MAILBOX", 0x01, "action code: start CCB")
                .write("COMMAND", START_MAILBOX, "start mailbox command")
                .toList();
    }

    /** blogic_inthandler: read the interrupt register, reset it through the control register, scan the mailboxes. */
    private static List<RegisterAccess> interrupt() {
        return MAP.script()
                .read("INTERRUPT", "interrupt valid? incoming mailbox loaded?")
                .write("CONTROL", IRST, "interrupt reset")
                .read("INCOMING_MAILBOX", "completion codes")
                .toList();
    }
}
