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
            if (device.completed() > 0) {
                devices.add(new DeviceFigures(device.vm(), device.device(), device.deviceModel(), device.completed(),
                        device.throughputPerSecond(), device.totalCpuMicrosPerRequest(), buckets(device.latency())));
            }
        }
        String failure = result.status() == RunResult.Status.FAILED ? "the run failed: " + result.failure() : null;
        return new RunFigures(index, failure, result.vendorProfile(), offered(configuration),
                result.throughputPerSecond(), result.contexts().stream().mapToDouble(ContextResult::cpuSeconds).sum(),
                result.contexts().stream().mapToDouble(ContextResult::utilization).sum(), result.events(), devices);
    }

    /** Requests per second the open-loop workloads offer; closed-loop ones offer as fast as they are served. */
    static double offered(Configuration configuration) {
        double offered = 0;
        for (VirtualMachine vm : configuration.getVirtualMachines()) {
            for (Workload workload : vm.getWorkloads()) {
                offered += Math.max(0, workload.getRatePerSecond());
            }
        }
        return offered;
    }

    private static List<LatencyBucket> buckets(LatencySummary latency) {
        return latency.buckets().stream().filter(b -> b.count() > 0)
                .map(b -> new LatencyBucket(b.upperMicros(), b.count())).toList();
    }
}
