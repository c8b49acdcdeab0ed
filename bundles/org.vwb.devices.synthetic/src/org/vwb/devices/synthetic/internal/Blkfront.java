package org.vwb.devices.synthetic.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.devices.synthetic.RingDevice;
import org.vwb.devices.synthetic.RingSheet;
import org.vwb.model.DeviceKind;

/** Xen blkfront: shared I/O ring to blkback in dom0 or a driver domain. */
@Component(service = DeviceModel.class)
public final class Blkfront extends RingDevice {

    // blkback maps the granted data pages, no copy. Since Linux 3.8 "persistent grants" have the front end copy
    // into pages granted once, trading map/unmap for a copy; modelled here is the classic grant map.

    public Blkfront() {
        super(new RingSheet("blkfront", DeviceKind.BLOCK,
                "Xen paravirtual block front end (blkfront), back end blkback in dom0 or a driver domain",
                "Xen public headers xen/include/public/io/ring.h (__CONST_RING_SIZE, "
                        + "RING_PUSH_REQUESTS_AND_CHECK_NOTIFY) and io/blkif.h (struct blkif_request with 11 "
                        + "segments, 112 bytes: 32 slots in a 4 KiB page); Linux drivers/block/xen-blkback/blkback.c "
                        + "(grant map of the data pages)",
                32, 112, false, true));
    }
}
