package org.vwb.devices.emulated.internal.storage;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DeviceSheet;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.model.DeviceKind;

/** The LSI Logic SAS1068 controller, VMware's "LSI Logic SAS": the same Fusion-MPT message model as the 53C1030. */
@Component(service = DeviceModel.class)
public final class LsiLogicSas extends RegisterLevelDevice {

    public LsiLogicSas() {
        super(new DeviceSheet("lsisas", DeviceKind.BLOCK,
                "LSI Logic SAS1068 SAS (Fusion-MPT), VMware's default for Windows Server 2008 and later guests",
                FusionMpt.SOURCE + "; mptsas.c", FusionMpt.CREDITS), FusionMpt.MAP, FusionMpt.request(0x28),
                FusionMpt.request(0x2A), FusionMpt.completion(), FusionMpt.interrupt(), FusionMpt.COPIES_PAYLOAD);
    }
}
