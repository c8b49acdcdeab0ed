package org.vwb.sweep.internal;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.ContextResult;
import org.vwb.core.DeviceResult;
import org.vwb.core.LatencySummary;
import org.vwb.core.RunResult;
import org.vwb.model.Configuration;
import org.vwb.model.VirtualMachine;
import org.vwb.model.Workload;
import org.vwb.sweep.DeviceFigures;
import org.vwb.sweep.LatencyBucket;
import org.vwb.sweep.RunFigures;

/** A run's result reduced to what a sweep keeps: plain data, small enough to carry back from a cluster member. */
final class FiguresOf {

    private FiguresOf() {
    }

    static RunFigures result(int index, Configuration configuration, RunResult result) {
        List<DeviceFigures> devices = new ArrayList<>();
        for (DeviceResult device : result.devices()) {
            devices.add(new DeviceFigures(device.vm(), device.device(), device.deviceModel(),
                    offered(configuration, device.vm(), device.device()), device.completed(),
                    device.throughputPerSecond(), device.completed() == 0 ? Double.NaN
                            : device.totalCpuMicrosPerRequest(), buckets(device.latency())));
        }
        String failure = result.status() == RunResult.Status.FAILED ? "the run failed: " + result.failure() : null;
        return new RunFigures(index, failure, result.vendorProfile(), offered(configuration),
                result.throughputPerSecond(), result.contexts().stream().mapToDouble(ContextResult::cpuSeconds).sum(),
                result.contexts().stream().mapToDouble(ContextResult::utilization).sum(), result.events(), devices);
    }

    /** Requests per second the open-loop workloads offer; closed-loop ones offer as fast as they are served. */
    static double offered(Configuration configuration) {
        return offered(configuration, null, null);
    }

    /** What the open-loop workloads of one device offer (all devices when {@code vm} is null). */
    private static double offered(Configuration configuration, String vm, String device) {
        double offered = 0;
        for (VirtualMachine machine : configuration.getVirtualMachines()) {
            for (Workload workload : machine.getWorkloads()) {
                if (vm == null || (machine.getName().equals(vm) && workload.getDevice() != null
                        && workload.getDevice().getName().equals(device))) {
                    offered += Math.max(0, workload.getRatePerSecond());
                }
            }
        }
        return offered;
    }

    private static List<LatencyBucket> buckets(LatencySummary latency) {
        return latency.buckets().stream().filter(b -> b.count() > 0)
                .map(b -> new LatencyBucket(b.upperMicros(), b.count())).toList();
    }
}
