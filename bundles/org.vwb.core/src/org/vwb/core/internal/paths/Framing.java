package org.vwb.core.internal.paths;

import org.vwb.model.DeviceKind;

/**
 * How a network request's bytes cross the stack: as frames of at most one MTU on the wire, and as the units the
 * guest's stack, its driver and the back end handle. Without offloads each frame is a unit, and every per-packet
 * cost (stack, descriptors, back-end work, the physical driver) is paid per frame. With segmentation offload
 * (TSO) the guest hands the device one large send and the physical NIC (or the host) cuts it into frames; with
 * receive coalescing (LRO, GRO) the host merges a flow's frames before they cross to the guest, so the physical
 * driver still takes every frame but the back end and the guest take one unit. A request's bytes are the IP
 * bytes it carries: a request of at most one MTU is one frame. Other device kinds are one unit per request.
 *
 * @param mtu                 the MTU in force: what the configuration asks, at most what the device carries
 * @param segmentationOffload whether transmits go to the device as large sends
 * @param receiveCoalescing   whether received frames reach the guest merged
 */
public record Framing(int mtu, boolean segmentationOffload, boolean receiveCoalescing) {

    /** Ethernet's standard MTU (IEEE 802.3 payload, RFC 894). */
    public static final int STANDARD_MTU = 1500;

    /**
     * The most a large send or a coalesced receive carries: 64 KiB, IPv4's 16-bit total length, which Linux's
     * {@code GSO_MAX_SIZE} (include/linux/netdevice.h, 65,536) and the LRO/GRO merge limit follow.
     */
    public static final int OFFLOAD_BYTES = 65_536;

    /** One unit per request: a device that is not a NIC, or a NIC whose offloads the model does not follow. */
    public static final Framing WHOLE = new Framing(Integer.MAX_VALUE, true, true);

    /**
     * One instance per distinct framing, shared by every device that has it: a device's framing is read on every
     * request, and with thousands of devices a run is bound by cache misses on each device's own objects (a few
     * MTUs and offload settings occur, so this stays small).
     */
    private static final java.util.Map<Framing, Framing> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The framing of a device of this kind, configured as {@code setup} says, on a device with these features. */
    public static Framing of(DeviceKind kind, DeviceSetup setup, int deviceMaxMtu, boolean tso, boolean lro) {
        if (kind != DeviceKind.NETWORK) {
            return WHOLE;
        }
        return SHARED.computeIfAbsent(new Framing(Math.max(1, Math.min(setup.mtu(), deviceMaxMtu)),
                tso && setup.offloads(), lro && setup.offloads()), framing -> framing);
    }

    /** Frames of at most one MTU that carry {@code bytes}. */
    public int frames(int bytes) {
        return units(bytes, mtu);
    }

    /** Units the guest and the back end handle to send {@code bytes}. */
    public int transmitUnits(int bytes) {
        return segmentationOffload ? units(bytes, OFFLOAD_BYTES) : frames(bytes);
    }

    /** Units the back end and the guest handle for {@code bytes} received. */
    public int receiveUnits(int bytes) {
        return receiveCoalescing ? units(bytes, OFFLOAD_BYTES) : frames(bytes);
    }

    private static int units(int bytes, int per) {
        return bytes <= per ? 1 : (int) ((bytes + (long) per - 1) / per);
    }
}
