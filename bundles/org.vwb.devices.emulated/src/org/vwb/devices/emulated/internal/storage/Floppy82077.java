package org.vwb.devices.emulated.internal.storage;

import static org.vwb.devices.emulated.RegisterBehaviour.clearsOnRead;
import static org.vwb.devices.emulated.RegisterBehaviour.startsAfterBytes;
import static org.vwb.devices.emulated.RegisterBehaviour.storage;

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
 * The Intel 82077AA floppy disk controller with ISA DMA channel 2. Everything is byte-wide port I/O: the driver
 * programs the 8237 DMA controller, then feeds the nine command bytes through the FIFO, polling the main status
 * register before each; the result phase reads seven bytes the same way. Present by default in legacy VM
 * configurations for a decade, its emulation in QEMU was the VENOM hole (CVE-2015-3456): attack surface bought
 * for a device nobody used.
 */
@Component(service = DeviceModel.class)
public final class Floppy82077 extends RegisterLevelDevice {

    /** MSR: data direction to the CPU, controller busy (82077AA datasheet, MSR table). */
    private static final int DIO = 1 << 6, CB = 1 << 4;
    /** READ DATA and WRITE DATA with MT, MFM (and SK for reads); both are nine-byte commands with seven results. */
    private static final int READ_DATA = 0xE6, WRITE_DATA = 0xC5, COMMAND_BYTES = 9, RESULT_BYTES = 7;
    /** 8237 mode register values for channel 2: single transfer, to memory (read) or from memory (write). */
    private static final int DMA_TO_MEMORY = 0x46, DMA_FROM_MEMORY = 0x4A;

    private static final RegisterMap MAP = floppy();

    public Floppy82077() {
        super(new DeviceSheet("floppy", DeviceKind.FLOPPY,
                "Intel 82077AA floppy controller, in legacy VMs by default: the VENOM (CVE-2015-3456) attack surface",
                "Intel 82077AA CHMOS Single-Chip Floppy Disk Controller datasheet (MSR, FIFO, command and result "
                        + "phases, READ DATA/WRITE DATA); Intel 8237A DMA controller datasheet; Linux "
                        + "drivers/block/floppy.c setup_DMA, output_byte, wait_til_ready, result, floppy_interrupt; "
                        + "CVE-2015-3456 (VENOM, QEMU hw/block/fdc.c)",
                1), MAP, command(true), command(false), interrupt());
    }

    private static RegisterMap floppy() {
        RegisterMap.Builder builder = RegisterMap.builder()
                .trapping("DMA_ADDRESS_2", 0x04, "8237 channel 2 address, low then high byte", storage())
                .trapping("DMA_COUNT_2", 0x05, "8237 channel 2 count, low then high byte", storage())
                .trapping("DMA_MASK", 0x0A, "8237 single channel mask", storage())
                .trapping("DMA_MODE", 0x0B, "8237 mode", storage())
                .trapping("DMA_CLEAR_FLIP_FLOP", 0x0C, "8237 byte pointer flip-flop reset", storage())
                .trapping("DMA_PAGE_2", 0x81, "channel 2 page register", storage())
                .trapping("MSR", 0x3F4, "main status register (read)", storage());
        int msr = builder.index("MSR");
        return builder
                // The model keeps one pending flag, not the seven-byte result queue: the first result read lowers
                // the interrupt, as the 82077AA does.
                .trapping("FIFO", 0x3F5, "data FIFO: command bytes in, result bytes out",
                        startsAfterBytes(COMMAND_BYTES).and(clearsOnRead(msr, DIO | CB)))
                .raisesOnCompletion("MSR", DIO | CB)
                .build();
    }

    /**
     * setup_DMA: mask, clear flip-flop, mode, address (two bytes and the page), count (two bytes), unmask; then
     * output_byte for each command byte: wait_til_ready reads MSR, then the byte goes to the FIFO.
     */
    private static List<RegisterAccess> command(boolean read) {
        AccessScript script = MAP.script()
                .write("DMA_MASK", 0x06, "fd_disable_dma")
                .write("DMA_CLEAR_FLIP_FLOP", 0, "fd_clear_dma_ff")
                .write("DMA_MODE", read ? DMA_TO_MEMORY : DMA_FROM_MEMORY, "fd_set_dma_mode")
                .write("DMA_PAGE_2", 0, "set_dma_page")
                .write("DMA_ADDRESS_2", 0, "address low byte")
                .write("DMA_ADDRESS_2", 0, "address high byte")
                .write("DMA_COUNT_2", 0xff, "count low byte")
                .write("DMA_COUNT_2", 0x01, "count high byte")
                .write("DMA_MASK", 0x02, "fd_enable_dma");
        for (int i = 0; i < COMMAND_BYTES; i++) {
            script.read("MSR", "wait_til_ready: RQM?")
                    .write("FIFO", i == 0 ? (read ? READ_DATA : WRITE_DATA) : 0, "command byte " + i);
        }
        return script.toList();
    }

    /** floppy_interrupt calls result(): per byte wait_til_ready (MSR) and a FIFO read, then MSR says done. */
    private static List<RegisterAccess> interrupt() {
        AccessScript script = MAP.script();
        for (int i = 0; i < RESULT_BYTES; i++) {
            script.read("MSR", "wait_til_ready: RQM and DIO?").read("FIFO", "result byte " + i);
        }
        return script.read("MSR", "no more result bytes").toList();
    }
}
