package org.vwb.devices.emulated.internal.storage;

import static org.vwb.devices.emulated.RegisterBehaviour.doorbell;
import static org.vwb.devices.emulated.RegisterBehaviour.readToClear;
import static org.vwb.devices.emulated.RegisterBehaviour.storage;

import java.util.List;

import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.RegisterMap;

/**
 * The LSI Fusion-MPT message interface shared by the 53C1030 (SPI) and SAS1068 (SAS) controllers: request message
 * frames in host memory, posted by writing their address to the request FIFO; completions come back as replies
 * popped from the reply FIFO, and the interrupt stays up while the reply FIFO holds any.
 */
final class FusionMpt {

    static final String SOURCE = "LSI Fusion-MPT Message Passing Interface (MPI) 1.5 specification, system interface "
            + "registers (HostInterruptStatus 0x30, RequestFifo 0x40, ReplyFifo 0x44) and context/turbo replies; "
            + "Linux drivers/message/fusion/mptbase.c mpt_put_msg_frame, mpt_interrupt";
    /**
     * Requests outstanding: the message frames mptbase allocates, bounded by the IOC's GlobalCredits; 128 is the
     * figure for the emulated adapters (to verify against IOCFacts of VMware's and QEMU's emulations).
     */
    static final int CREDITS = 128;
    /** ReplyFifo value while a (turbo) reply is queued: the request's message context; empty reads 0xFFFFFFFF. */
    private static final int REPLY_PENDING = 0x0000_0001;

    static final RegisterMap MAP = RegisterMap.builder()
            .guestMemory("REQUEST_FRAME", "SCSI IO request message with its scatter-gather list")
            .trapping("HOST_INTERRUPT_STATUS", 0x30, "reply interrupt bit, mirrors a non-empty reply FIFO", storage())
            .trapping("REQUEST_FIFO", 0x40, "request post FIFO: the message frame's address", doorbell())
            .trapping("REPLY_FIFO", 0x44, "reply post FIFO: reading pops a reply; the last pop drops the line",
                    readToClear(-1, true))
            .raisesOnCompletion("REPLY_FIFO", REPLY_PENDING)
            .build();

    private FusionMpt() {
    }

    /** mpt_put_msg_frame: the frame in RAM, then {@code CHIPREG_WRITE32(&chip->RequestFifo, mf_dma_addr)}. */
    static List<RegisterAccess> request(int scsiCommand) {
        return MAP.script()
                .write("REQUEST_FRAME", scsiCommand, "SCSI_IO request with its CDB")
                .write("REQUEST_FIFO", 0x1000, "post the frame")
                .toList();
    }

    /** mpt_interrupt's loop body: one ReplyFifo read pops the reply of one completed request. */
    static List<RegisterAccess> completion() {
        return MAP.script()
                .read("REPLY_FIFO", "pop the (turbo) reply of one completed I/O")
                .toList();
    }

    /** mpt_interrupt: after the replies, the read that returns 0xFFFFFFFF ends the loop, once per interrupt. */
    static List<RegisterAccess> interrupt() {
        return MAP.script()
                .read("REPLY_FIFO", "0xFFFFFFFF: empty")
                .toList();
    }

    /**
     * The data are described by scatter-gather elements in the request frame, so the emulation gives the host's
     * I/O the guest's pages (VMware's emulated LSI Logic, QEMU's mptsas via its DMA helpers): no payload copy.
     */
    static final boolean COPIES_PAYLOAD = false;
}
