package org.vwb.devices.emulated.internal.storage;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.DeviceSheet;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.model.DeviceKind;

/**
 * An ATAPI CD/DVD drive on a PIIX IDE channel: the taskfile carries a PACKET command, then the 12-byte SCSI command
 * (CDB) goes out through the data port, six 16-bit words, before the bus master starts. A write request is a
 * WRITE(10) to a rewritable medium.
 */
@Component(service = DeviceModel.class)
public final class AtapiCdrom extends RegisterLevelDevice {

    /** PACKET (ATA/ATAPI-6, 8.33); its features bit 0 asks for DMA. MMC READ(10) and WRITE(10) operation codes. */
    private static final int PACKET = 0xA0, DMA = 1, READ_10 = 0x28, WRITE_10 = 0x2A;
    private static final int CDB_WORDS = 6;

    public AtapiCdrom() {
        super(new DeviceSheet("cdrom", DeviceKind.OPTICAL,
                "ATAPI CD/DVD drive on an Intel PIIX IDE channel (Hyper-V generation 1, QEMU, VMware)",
                PiixChannel.SOURCE + "; libata-sff.c atapi_send_cdb (CDB through sff_data_xfer); MMC-5 READ(10)",
                1), PiixChannel.MAP, command(true), command(false), PiixChannel.interrupt());
    }

    /**
     * Taskfile with the byte count limit in LBA mid/high, PACKET, then (ata_sff_pio_task, HSM_ST_FIRST) wait for
     * DRQ and send the CDB with {@code iowrite16_rep}; atapi_send_cdb then starts the bus master. A hypervisor that
     * emulates the string instruction in one exit (KVM does) pays one exit for the CDB instead of six.
     */
    private static List<RegisterAccess> command(boolean read) {
        var script = PiixChannel.taskfile(DMA, 0, 0x00, 0x80);
        PiixChannel.busMasterSetup(script, read, PACKET);
        script.read("STATUS", "ata_sff_busy_wait: DRQ for the packet?");
        for (int word = 0; word < CDB_WORDS; word++) {
            script.write("DATA", word == 0 ? (read ? READ_10 : WRITE_10) : 0, "CDB word " + word);
        }
        return PiixChannel.busMasterStart(script, read);
    }
}
