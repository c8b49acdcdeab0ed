package org.vwb.devices.synthetic.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.devices.synthetic.RingDevice;
import org.vwb.devices.synthetic.RingSheet;
import org.vwb.model.DeviceKind;

/**
 * VMware paravirtual SCSI: request ring of 128-byte descriptors in shared pages. Its interrupts are coalesced by
 * ESX's vmkernel (vIC), not by the device: the ESX profiles apply it, to the emulated SCSI controllers alike.
 */
@Component(service = DeviceModel.class)
public final class Pvscsi extends RingDevice {

    // Eight ring pages of 128-byte request descriptors: 8 * 4096 / 128 = 256 slots.

    public Pvscsi() {
        super(new RingSheet("pvscsi", DeviceKind.BLOCK,
                "VMware Paravirtual SCSI (PVSCSI), back end in the vmkernel",
                "Linux drivers/scsi/vmw_pvscsi.c (PVSCSI_DEFAULT_NUM_PAGES_PER_RING 8, pvscsi_kick_io "
                        + "writes KICK_RW_IO only past reqCallThreshold) and vmw_pvscsi.h (struct PVSCSIRingReqDesc, "
                        + "128 bytes)",
                256, 128, false, true));
    }
}
