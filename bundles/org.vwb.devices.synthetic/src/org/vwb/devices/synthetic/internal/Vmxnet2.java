package org.vwb.devices.synthetic.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.devices.synthetic.NicFeatures;
import org.vwb.devices.synthetic.RingDevice;
import org.vwb.devices.synthetic.RingSheet;
import org.vwb.model.DeviceKind;

/** VMware Enhanced vmxnet (vmxnet2): transmit ring in memory shared with the vmkernel. */
@Component(service = DeviceModel.class)
public final class Vmxnet2 extends RingDevice {

    // Vmxnet2_TxRingEntry: ownership and flags around a six-element scatter-gather array of 8-byte elements,
    // about 64 bytes. The vmkernel reads the guest's pages directly; transmit clustering batches the kick.

    public Vmxnet2() {
        super(new RingSheet("vmxnet2", DeviceKind.NETWORK,
                "VMware Enhanced vmxnet (vmxnet2) paravirtual NIC, back end in the vmkernel",
                "open-vm-tools modules/linux/vmxnet vmxnet2_def.h (VMXNET2_MAX_NUM_TX_BUFFERS 128, "
                        + "Vmxnet2_TxRingEntry with a six-element Vmxnet2_SG_Array) and vmxnet.c vmxnet_start_xmit "
                        + "(transmit clustering: the VMXNET_TX_ADDR port is read only when enough packets are "
                        + "pending)",
                128, 64, false, true),
                new NicFeatures(1, 1, true, true, 9000,
                        "one queue: multi-queue came with VMXNET3 (NetBSD vmx(4), VMware KB 2020567); VMware, "
                        + "Performance Best Practices for vSphere, \"Virtual Network Adapter Features and "
                        + "Configuration\": TSO, LRO and jumbo frames (MTU 9000) for VMXNET2"));
    }
}
