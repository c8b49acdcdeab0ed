package org.vwb.devices.emulated.internal.storage;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.DeviceSheet;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.model.DeviceKind;

/**
 * An ATA disk on a PIIX IDE channel, with bus-master DMA: Hyper-V generation 1's boot disk, QEMU's and VMware's
 * IDE. One command at a time (no queueing on PATA), and every command goes through the taskfile port by port.
 */
@Component(service = DeviceModel.class)
public final class IdeDisk extends RegisterLevelDevice {

    /** READ DMA and WRITE DMA (ATA/ATAPI-6, 8.23 and 8.45). */
    private static final int READ_DMA = 0xC8, WRITE_DMA = 0xCA;

    public IdeDisk() {
        super(new DeviceSheet("ide", DeviceKind.BLOCK,
                "ATA disk on an Intel PIIX IDE channel, bus-master DMA (Hyper-V generation 1, QEMU, VMware)",
                PiixChannel.SOURCE + "; ata_piix.c (PIIX host)", 1), PiixChannel.MAP, command(true), command(false),
                PiixChannel.interrupt());
    }

    private static List<RegisterAccess> command(boolean read) {
        var script = PiixChannel.taskfile(0, 8, 0, 0);
        PiixChannel.busMasterSetup(script, read, read ? READ_DMA : WRITE_DMA);
        return PiixChannel.busMasterStart(script, read);
    }
}
