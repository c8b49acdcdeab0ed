package org.vwb.devices.synthetic.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.InterruptModeration;
import org.vwb.devices.synthetic.NicFeatures;
import org.vwb.devices.synthetic.RingDevice;
import org.vwb.devices.synthetic.RingSheet;
import org.vwb.model.DeviceKind;

/** VMware vmxnet3: transmit and completion rings of 16-byte descriptors. */
@Component(service = DeviceModel.class)
public final class Vmxnet3 extends RingDevice {

    // The doorbell (a TXPROD register write, an MMIO exit) is deferred until txThreshold packets are pending,
    // the suppression the core models; the vmkernel DMAs from the guest's pages.

    public Vmxnet3() {
        super(new RingSheet("vmxnet3", DeviceKind.NETWORK,
                "VMware vmxnet3 paravirtual NIC, back end in the vmkernel",
                "Linux drivers/net/vmxnet3/vmxnet3_int.h (VMXNET3_DEF_TX_RING_SIZE 512), vmxnet3_defs.h "
                        + "(struct Vmxnet3_TxDesc, 16 bytes), vmxnet3_drv.c vmxnet3_tq_xmit (the TXPROD doorbell only"
                        + " once txNumDeferred reaches txThreshold)",
                512, 16, false, true),
                new NicFeatures(8, 8, true, true, 9000,
                        "Linux vmxnet3_defs.h VMXNET3_DEVICE_MAX_RX_QUEUES 8 (receive-side scaling, one queue per "
                        + "vCPU: VMware KB 2020567); VMware, Performance Best Practices for vSphere, \"Virtual Network "
                        + "Adapter Features and Configuration\": TSO for E1000, E1000e, VMXNET2 and VMXNET3, LRO for "
                        + "VMXNET2 and VMXNET3, jumbo frames (MTU 9000) for all four"));
    }

    /**
     * ESX's virtual NIC interrupt coalescing: rate-based ({@code ethernetX.coalescingScheme = rbc}, the default) at
     * {@code ethernetX.coalescingParams} interrupts a second, 4,000 unless set, 100 to 100,000 (VMware Cloud on AWS
     * performance guide, "Virtual Network Interrupt Coalescing"; vSphere 6.5-7.0 Networking/Troubleshooting, "Low
     * throughput for UDP workloads on Windows virtual machines": "The default interrupt rate is 4000 interrupts per
     * second"). One limit per interrupt vector: the documents state it per vNIC, the model applies it per queue.
     */
    static final int RATE_BASED_DEFAULT = 4_000;

    @Override
    public InterruptModeration interruptModeration(int rate) {
        return super.interruptModeration(rate < 0 ? RATE_BASED_DEFAULT : rate);
    }
}
