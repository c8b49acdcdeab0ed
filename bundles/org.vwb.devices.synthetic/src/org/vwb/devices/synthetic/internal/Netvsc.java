package org.vwb.devices.synthetic.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.devices.synthetic.NicFeatures;
import org.vwb.devices.synthetic.RingDevice;
import org.vwb.devices.synthetic.RingSheet;
import org.vwb.model.DeviceKind;

    /**
     * Hyper-V VMBus network adapter (netvsc): RNDIS over a VMBus channel, payload through the send and receive
     * buffers.
     */
@Component(service = DeviceModel.class)
public final class Netvsc extends RingDevice {

    // A VMBus ring is a byte ring, not a slot array: a packet takes its 16-byte vmpacket_descriptor, the NVSP
    // send-RNDIS message and the 8-byte trailing index (about 40 bytes, sizeof(struct nvsp_message) to verify);
    // what bounds the packets outstanding is the 170 sections of the send buffer, hence ringSlots 170.
    // The payload is copied into a send-buffer section (and out of the receive buffer), so copiesPayload.

    public Netvsc() {
        super(new RingSheet("netvsc", DeviceKind.NETWORK,
                "Hyper-V synthetic network adapter (netvsc over VMBus), back end: the NetVSP in the parent partition",
                "Linux drivers/net/hyperv/hyperv_net.h (NETVSC_SEND_BUFFER_DEFAULT 1 MiB, "
                        + "NETVSC_SEND_SECTION_SIZE 6144, so NETVSC_DEFAULT_TX = 170 sections) and netvsc.c "
                        + "netvsc_send (copy into a send-buffer section); drivers/hv/ring_buffer.c "
                        + "hv_ringbuffer_write and the interrupt_mask of struct hv_ring_buffer (signal only when the "
                        + "reader is not already draining); Hyper-V TLFS, synthetic interrupt controller",
                170, 40, true, true),
                new NicFeatures(8, 64, true, true, 65521,
                        "Linux drivers/net/hyperv/hyperv_net.h VRSS_CHANNEL_DEFAULT 8 (16 since 2021) and "
                        + "VRSS_CHANNEL_MAX 64 (vRSS over VMBus subchannels); NETVSC_SUPPORTED_HW_FEATURES: NETIF_F_TSO"
                        + " (RNDIS large send v2) and NETIF_F_LRO (receive segment coalescing in the host switch, NVSP "
                        + "6.1); netvsc_drv.c max_mtu NETVSC_MTU - ETH_HLEN (65,521) on NVSP 2 and later"));
    }
}
