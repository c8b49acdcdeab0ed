package org.vwb.core.internal.service;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.internal.paths.DevicePath;
import org.vwb.core.internal.paths.DeviceStats;
import org.vwb.core.internal.paths.WorkloadDriver;
import org.vwb.core.internal.spec.SystemSpec;

/**
 * One virtual device of a running VM: its current path (replaced on a hot-swap), its counters (kept across
 * swaps), and the workloads that drive it.
 */
final class DeviceHandle {

    final String vm;
    SystemSpec.DeviceSpec spec;
    private DevicePath path;
    final DeviceStats stats = new DeviceStats();
    final List<WorkloadDriver> workloads = new ArrayList<>();
    /** Paths replaced while requests were still in flight on them (a parked model's successor took over). */
    final List<DevicePath> retiring = new ArrayList<>();
    boolean removed;

    int inFlight() {
        retiring.removeIf(old -> old.inFlight() == 0);
        return path.inFlight() + retiring.stream().mapToInt(DevicePath::inFlight).sum();
    }

    DeviceHandle(String vm, SystemSpec.DeviceSpec spec) {
        this.vm = vm;
        this.spec = spec;
    }

    DevicePath path() {
        return path;
    }

    /** Gives the device a new path; its workloads send their next requests there. */
    void path(DevicePath next) {
        path = next;
        for (WorkloadDriver workload : workloads) {
            workload.follow(next);
        }
    }

    String label() {
        return vm + "/" + spec.name();
    }
}
