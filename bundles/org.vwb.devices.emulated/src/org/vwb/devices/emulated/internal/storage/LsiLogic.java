package org.vwb.devices.emulated.internal.storage;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DeviceSheet;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.model.DeviceKind;

/** The LSI Logic 53C1030 parallel SCSI controller, VMware's "LSI Logic Parallel" and QEMU's lsi53c1030/mptsas. */
@Component(service = DeviceModel.class)
public final class LsiLogic extends RegisterLevelDevice {

    public LsiLogic() {
        super(new DeviceSheet("lsilogic", DeviceKind.BLOCK,
                "LSI Logic 53C1030 Ultra320 SCSI (Fusion-MPT), VMware's default for many server guests",
                FusionMpt.SOURCE + "; mptspi.c", FusionMpt.CREDITS), FusionMpt.MAP, FusionMpt.request(0x28),
                FusionMpt.request(0x2A), FusionMpt.completion(), FusionMpt.interrupt(), FusionMpt.COPIES_PAYLOAD);
    }
}
