package org.vwb.core.internal.paths;

import org.vwb.core.internal.engine.CpuPool;
import org.vwb.core.internal.engine.Engine;
import org.vwb.core.internal.engine.Slots;
import org.vwb.model.DeviceKind;

/**
 * What a device path works with: the clock, the host cores, the processors of the contexts it touches, the
 * charger, those contexts, its counters, its VM's vCPUs, the physical device behind it (none for a purely
 * emulated floppy), what kind of device it is (its guest's stack work follows from that), where to report a
 * model that throws, and what the configuration says of the device beyond its model (queues, MTU, offloads).
 */
public record PathEnvironment(Engine engine, CpuPool cpu, ContextProcessors processors, Charger charger,
        DeviceContexts contexts, DeviceStats stats, Slots vcpus, PhysicalLink link, DeviceKind kind,
        FailureHandler failures, String label, DeviceSetup setup) {

    /** Told when a device model throws: the run fails with the device named, results so far are kept. */
    @FunctionalInterface
    public interface FailureHandler {
        void failed(String device, RuntimeException cause);
    }

    /** Whether a request of this device is a frame arriving from the network rather than an I/O the guest asks for. */
    public boolean receives(Request request) {
        return request.read && kind == DeviceKind.NETWORK;
    }
}
