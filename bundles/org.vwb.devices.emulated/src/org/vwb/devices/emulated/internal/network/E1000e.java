package org.vwb.devices.emulated.internal.network;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.InterruptModeration;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.DeviceSheet;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.model.DeviceKind;

/**
 * The Intel 82574L (e1000e): the e1000 register model, with interrupt auto-masking, so its interrupt handler needs
 * no IMC write. MSI-X (one vector per queue, no ICR read on the fast path) is not modelled: this is the legacy
 * INTx/MSI path, which the 82574 emulations of VMware and QEMU also offer.
 */
@Component(service = DeviceModel.class)
public final class E1000e extends RegisterLevelDevice {

    public E1000e() {
        super(new DeviceSheet("e1000e", DeviceKind.NETWORK,
                "Intel 82574L gigabit Ethernet (e1000e), legacy interrupt path; MSI-X not modelled",
                "Intel 82574 GbE Controller Family datasheet, section 10.2 (register summary: ICR, IMS, IMC, TDT, "
                        + "RDT) and 7.4.3 (interrupt auto-mask); Linux drivers/net/ethernet/intel/e1000e/netdev.c "
                        + "e1000_intr, e1000_irq_enable, e1000_tx_queue, e1000_alloc_rx_buffers",
                256), IntelGigabit.MAP, IntelGigabit.receive(), IntelGigabit.transmit(), interrupt());
    }

    /** e1000_intr: read ICR (auto-masks, acknowledges); after the NAPI poll e1000_irq_enable writes IMS, flushes. */
    private static List<RegisterAccess> interrupt() {
        return IntelGigabit.MAP.script()
                .read("ICR", "interrupt causes, cleared (and auto-masked) by this read")
                .write("IMS", 0x1f6dc, "e1000_irq_enable: IMS_ENABLE_MASK")
                .read("STATUS", "e1e_flush")
                .toList();
    }

    /** The driver's InterruptThrottleRate (default 3, dynamic conservative) on the adapter's ITR register. */
    @Override
    public InterruptModeration interruptModeration(int rate) {
        return ThrottledInterrupts.of(rate);
    }
}
