package org.vwb.core.internal.paths;

import org.vwb.core.api.CostEvent;
import org.vwb.model.DeviceKind;

/**
 * The guest's own work for a request beyond its driver, which the same request costs on bare metal too: the
 * network stack and the copy between the application's buffer and the socket buffer for a packet (checksummed
 * in the same pass), the storage stack for an I/O. A transmit pays its stack before the driver sees it; a
 * received frame after the interrupt handler took it; an I/O pays its stack when issued. Without it exits and
 * switches weigh far more in a request's CPU than they do under a real application.
 */
final class GuestWork {

    private GuestWork() {
    }

    /** Cycles the guest spends before its driver issues the request, as one unit. */
    static double beforeIssue(DevicePath path, Request request) {
        return beforeIssue(path, request, 1);
    }

    /**
     * Cycles the guest spends before its driver issues the request; a send passes the network stack once per unit
     * the device takes ({@link Framing}: one large send with TSO, every frame without).
     */
    static double beforeIssue(DevicePath path, Request request, int units) {
        if (path.kind == DeviceKind.NETWORK) {
            return request.read ? 0 : stack(path, request, units, "send");
        }
        if (path.kind == DeviceKind.BLOCK) {
        Charger charger = path.charger;
            return charger.charge(path.contexts.guest(), CostEvent.GUEST_BLOCK_STACK, 1, path.stats, request,
                    (Note) () -> "guest storage stack: system call, block layer, SCSI midlayer");
        }
        return 0;
    }

    /** Cycles the guest spends after its handler took the completion, as one unit. */
    static double afterCompletion(DevicePath path, Request request) {
        return afterCompletion(path, request, 1);
    }

    /** Cycles the guest spends after its handler took the completion, a receive once per unit that reached it. */
    static double afterCompletion(DevicePath path, Request request, int units) {
        return path.receives(request) ? stack(path, request, units, "receive") : 0;
    }

    private static double stack(DevicePath path, Request request, int units, String direction) {
        Charger charger = path.charger;
        double cycles = charger.charge(path.contexts.guest(), CostEvent.GUEST_NET_STACK, units, path.stats,
                request, units == 1 ? (Note) () -> "guest network stack: " + direction + " one packet (socket, TCP/IP)"
                        : (Note) () -> "guest network stack: " + direction + " " + units
                                + " packets, one per frame (socket, TCP/IP)");
        return cycles + charger.charge(path.contexts.guest(), CostEvent.COPY_KIB, request.bytes / 1024.0,
                path.stats, request, (Note) () -> "guest copies and checksums " + request.bytes
                        + " bytes between the application and the socket buffer");
    }
}
