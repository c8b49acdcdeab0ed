package org.example.sriov;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DescribedDeviceModel;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DeviceSheet;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * {@value #ID}: a virtual function of the host's 10 GbE NIC (an Intel 82599-class VF, driven in the guest by
 * Linux's {@code ixgbevf}), assigned to a guest. Its requests take the {@link VirtualFunctionFamily} path; the
 * service properties name it for vwb's device catalogue, and offer it to vwb's own KVM profiles ({@code
 * vwb.device.offeredBy=kvm.*}): their catalogues list it while this plugin is installed, as this plugin's profiles do.
 */
@Component(service = DeviceModel.class, property = { "vwb.device.id=" + VirtualFunctionNic.ID,
        "vwb.device.kind=NETWORK", "vwb.device.mode=PASSTHROUGH", "vwb.device.offeredBy=kvm.*" })
public final class VirtualFunctionNic extends DescribedDeviceModel {

    public static final String ID = "sriov-vf";

    /**
     * Descriptors the guest's driver keeps posted: ixgbevf's default receive ring, {@code IXGBEVF_DEFAULT_RXD}
     * 512 (Linux 6.1 drivers/net/ethernet/intel/ixgbevf/ixgbevf.h; its transmit ring is 1024, the smaller bounds
     * a request's round trip).
     */
    private static final int RING = 512;

    public VirtualFunctionNic() {
        super(new DeviceSheet(ID, DeviceKind.NETWORK, "SR-IOV virtual function of the host's 10 GbE NIC, assigned "
                + "to the guest", "PCI-SIG SR-IOV 1.1 (virtual functions, chapter 1); Linux 6.1 ixgbevf driver "
                + "(ring sizes, ixgbevf.h)", RING));
    }

    @Override
    public DeviceMode mode() {
        return DeviceMode.PASSTHROUGH;
    }

    @Override
    public String family() {
        return VirtualFunctionFamily.ID;
    }
}
