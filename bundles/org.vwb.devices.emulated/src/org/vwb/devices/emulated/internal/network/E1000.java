package org.vwb.devices.emulated.internal.network;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.InterruptModeration;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.DeviceSheet;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.model.DeviceKind;

/** The Intel 82545EM gigabit adapter: VMware's default "e1000", QEMU/KVM's emulated e1000. */
@Component(service = DeviceModel.class)
public final class E1000 extends RegisterLevelDevice {

    public E1000() {
        super(new DeviceSheet("e1000", DeviceKind.NETWORK,
                "Intel 82545EM gigabit Ethernet (e1000), emulated by VMware ESX/Workstation and QEMU",
                "Intel PCI/PCI-X Family of Gigabit Ethernet Controllers Software Developer's Manual (8254x), "
                        + "table 13-2 and section 13.4.17 (ICR read-to-clear), 13.4.20/21 (IMS/IMC); Linux "
                        + "drivers/net/ethernet/intel/e1000/e1000_main.c e1000_tx_queue, e1000_alloc_rx_buffers, "
                        + "e1000_intr, e1000_irq_enable",
                256), IntelGigabit.MAP, IntelGigabit.receive(), IntelGigabit.transmit(), interrupt());
    }

    /**
     * e1000_intr: {@code er32(ICR)} (reading acknowledges), mask everything with {@code ew32(IMC, ~0)} and flush
     * with a STATUS read, schedule NAPI; when the poll is done e1000_irq_enable writes IMS and flushes again.
     */
    private static List<RegisterAccess> interrupt() {
        return IntelGigabit.MAP.script()
                .read("ICR", "interrupt causes, cleared by this read")
                .write("IMC", ~0, "mask all interrupts while NAPI polls")
                .read("STATUS", "E1000_WRITE_FLUSH")
                .write("IMS", 0x9d, "e1000_irq_enable: IMS_ENABLE_MASK")
                .read("STATUS", "E1000_WRITE_FLUSH")
                .toList();
    }

    /** The driver's InterruptThrottleRate (default 3, dynamic conservative) on the adapter's ITR register. */
    @Override
    public InterruptModeration interruptModeration(int rate) {
        return ThrottledInterrupts.of(rate);
    }
}
