package org.vwb.devices.synthetic.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.devices.synthetic.NicFeatures;
import org.vwb.devices.synthetic.RingDevice;
import org.vwb.devices.synthetic.RingSheet;
import org.vwb.model.DeviceKind;

/** Xen netfront: shared transmit I/O ring to netback in dom0 or a driver domain. */
@Component(service = DeviceModel.class)
public final class Netfront extends RingDevice {

    // netback grant-copies each packet out of the guest's granted page: copiesPayload. An event-channel
    // notification goes only when the back end asked for one (req_event), as RING_PUSH_REQUESTS_AND_CHECK_NOTIFY
    // decides.

    public Netfront() {
        super(new RingSheet("netfront", DeviceKind.NETWORK,
                "Xen paravirtual network front end (netfront), back end netback in dom0 or a driver domain",
                "Xen public headers xen/include/public/io/ring.h (DEFINE_RING_TYPES, __CONST_RING_SIZE, "
                        + "RING_PUSH_REQUESTS_AND_CHECK_NOTIFY) and io/netif.h (struct netif_tx_request, 12 bytes; "
                        + "NET_TX_RING_SIZE 256 for 4 KiB pages); Linux drivers/net/xen-netback/netback.c (grant copy"
                        + " of transmitted data)",
                256, 12, true, true),
                new NicFeatures(1, 1, true, true, 65535,
                        "one queue: multi-queue netfront came with Linux 3.16 and Xen 4.5 (multi-queue-max-queues); "
                        + "feature-gso-tcpv4 both ways: Xen public io/netif.h XEN_NETIF_GSO_TYPE_TCPV4 (large sends to "
                        + "netback); Linux xen-netfront talk_to_netback writes it to take GSO packets on receive "
                        + "(FreeBSD netfront ties it to IFCAP_LRO); max_mtu XEN_NETIF_MAX_TX_SIZE 0xFFFF with feature-"
                        + "sg"));
    }
}
