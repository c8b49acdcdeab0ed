package org.vwb.devices.synthetic.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.devices.synthetic.RingDevice;
import org.vwb.devices.synthetic.RingSheet;
import org.vwb.model.DeviceKind;

/** Hyper-V VMBus storage adapter (storvsc): SCSI requests over a VMBus channel with guest page lists. */
@Component(service = DeviceModel.class)
public final class Storvsc extends RingDevice {

    // The request is a vstor_packet (with the vmscsi_request and its CDB) behind a vmpacket_descriptor, plus the
    // multi-page buffer's GPA list: about 96 bytes for a one-page-list request (to verify). The host reaches the
    // guest pages through the page list: no copy.

    public Storvsc() {
        super(new RingSheet("storvsc", DeviceKind.BLOCK,
                "Hyper-V synthetic SCSI controller (storvsc over VMBus), back end: the StorVSP in the parent partition",
                "Linux drivers/scsi/storvsc_drv.c (STORVSC_MAX_IO_REQUESTS 128, storvsc_ringbuffer_size 20 "
                        + "pages, vmbus_sendpacket_mpb_desc with a GPA page range: no copy); drivers/hv/ring_buffer.c"
                        + " interrupt_mask; Hyper-V TLFS",
                128, 96, false, true));
    }
}
