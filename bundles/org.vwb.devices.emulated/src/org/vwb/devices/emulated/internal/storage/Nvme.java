package org.vwb.devices.emulated.internal.storage;

import static org.vwb.devices.emulated.RegisterBehaviour.clearsOnWrite;
import static org.vwb.devices.emulated.RegisterBehaviour.doorbell;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.DeviceSheet;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.devices.emulated.RegisterMap;
import org.vwb.model.DeviceKind;

/**
 * An emulated NVMe 1.4 controller (QEMU's {@code nvme} device, VMware's virtual NVMe) with one I/O queue pair.
 * Commands and completions live in queues in guest RAM; the only trapping accesses are two doorbell writes, one
 * to submit and one to hand completion entries back, so an emulated NVMe controller costs about what a synthetic
 * device does: the point of comparing it with {@link Ahci} and {@link IdeDisk}.
 */
@Component(service = DeviceModel.class)
public final class Nvme extends RegisterLevelDevice {

    /** Opcodes of the NVM command set's Write and Read commands (NVMe 1.4, section 6). */
    private static final int WRITE = 0x01, READ = 0x02;
    /**
     * Phase tag, bit 16 of completion queue entry dword 3 (NVMe 1.4, 4.6). The model keeps it as "a new entry the
     * host has not consumed": the controller sets it on completion, the head doorbell hands the slot back.
     */
    private static final int PHASE = 1 << 16;
    /**
     * Linux's io_queue_depth of 1,024 entries (QEMU's CAP.MQES allows 2,048), less the slot that stays empty so
     * that a full queue differs from an empty one (NVMe 1.4, 4.1.2).
     */
    private static final int QUEUE_DEPTH = 1023;

    private static final RegisterMap MAP = nvme();

    public Nvme() {
        super(new DeviceSheet("nvme", DeviceKind.BLOCK,
                "NVMe 1.4 controller, emulated by QEMU (nvme) and VMware ESXi 6.5+ (virtual NVMe)",
                "NVM Express Base Specification 1.4, sections 3.1 (controller registers; SQyTDBL at 1000h + (2y) *"
                        + " (4 << CAP.DSTRD), CQyHDBL at 1000h + (2y + 1) * (4 << CAP.DSTRD)), 4.1 (empty and full"
                        + " queues), 4.2 (submission queue entry) and 4.6 (completion queue entry, phase tag);"
                        + " Linux drivers/nvme/host/pci.c nvme_queue_rq, nvme_sq_copy_cmd, nvme_write_sq_db, nvme_irq,"
                        + " nvme_poll_cq (formerly nvme_process_cq), nvme_cqe_pending, nvme_ring_cq_doorbell",
                QUEUE_DEPTH), MAP, command(READ), command(WRITE), interrupt());
    }

    private static RegisterMap nvme() {
        RegisterMap.Builder builder = RegisterMap.builder()
                .guestMemory("SQ_ENTRY", "64-byte submission queue entry: opcode, command id, namespace, PRPs")
                .guestMemory("CQ_ENTRY", "16-byte completion queue entry; dword 3: status, phase tag, command id");
        int entry = builder.index("CQ_ENTRY");
        return builder
                .trapping("SQ1TDBL", 0x1008, "I/O submission queue 1 tail doorbell: the controller fetches up to"
                        + " the new tail", doorbell())
                // With MSI-X there is no interrupt status register to clear: the head doorbell is the only access
                // that tells the controller the host has taken the completions.
                .trapping("CQ1HDBL", 0x100C, "I/O completion queue 1 head doorbell: entries up to the new head"
                        + " are the controller's again", clearsOnWrite(entry, -1, PHASE))
                .raisesOnCompletion("CQ_ENTRY", PHASE)
                .build();
    }

    /**
     * nvme_queue_rq: nvme_sq_copy_cmd copies the 64-byte command into the queue in RAM, nvme_write_sq_db writes
     * the new tail. The write is skipped when blk-mq has more requests to queue (bd->last) and when a shadow
     * doorbell buffer (NVMe 1.3 Doorbell Buffer Config, QEMU 7.1+) says the controller is still polling, so one
     * doorbell per command is the upper bound.
     */
    private static List<RegisterAccess> command(int opcode) {
        return MAP.script()
                .write("SQ_ENTRY", opcode, "nvme_sq_copy_cmd: command into the submission queue slot")
                .write("SQ1TDBL", 1, "nvme_write_sq_db: new tail")
                .toList();
    }

    /**
     * nvme_irq (MSI-X, nothing to acknowledge at the controller): nvme_poll_cq takes entries while their phase
     * tag matches, reading each from RAM, stops at the first slot with the old phase, and nvme_ring_cq_doorbell
     * writes the new head once for all of them.
     */
    private static List<RegisterAccess> interrupt() {
        return MAP.script()
                .read("CQ_ENTRY", "nvme_cqe_pending: phase tag matches, then command id and status")
                .read("CQ_ENTRY", "next slot: old phase, no more completions")
                .write("CQ1HDBL", 1, "nvme_ring_cq_doorbell: new head")
                .toList();
    }
}
