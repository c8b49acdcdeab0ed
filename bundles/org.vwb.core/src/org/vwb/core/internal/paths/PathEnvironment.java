package org.vwb.core.internal.paths;

import org.vwb.core.internal.engine.CpuPool;
import org.vwb.core.internal.engine.Engine;
import org.vwb.core.internal.engine.Slots;

/**
 * What a device path works with: the clock, the host cores, the charger, the contexts it touches, its counters,
 * its VM's vCPUs, the physical device behind it (none for a purely emulated floppy) and where to report a model
 * that throws.
 */
public record PathEnvironment(Engine engine, CpuPool cpu, Charger charger, DeviceContexts contexts, DeviceStats stats,
        Slots vcpus, PhysicalLink link, FailureHandler failures, String label) {

    /** Told when a device model throws: the run fails with the device named, results so far are kept. */
    @FunctionalInterface
    public interface FailureHandler {
        void failed(String device, RuntimeException cause);
    }
}
