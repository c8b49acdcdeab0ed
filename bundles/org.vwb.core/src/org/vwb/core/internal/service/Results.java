package org.vwb.core.internal.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vwb.core.api.ContextKind;
import org.vwb.core.ContextResult;
import org.vwb.core.DeviceResult;
import org.vwb.core.RunResult;
import org.vwb.core.SwapRecord;
import org.vwb.core.internal.compute.ComputeJobRun;
import org.vwb.core.internal.paths.ContextRef;
import org.vwb.core.internal.paths.DeviceStats;

/** Turns a world's counters into an immutable {@link RunResult}. */
final class Results {

    private Results() {
    }

    static RunResult of(World world, RunResult.Status status, List<SwapRecord> swaps) {
        long nanos = world.engine().now();
        double seconds = nanos / 1e9;
        List<DeviceResult> devices = new ArrayList<>();
        for (DeviceHandle device : world.devices()) {
            if (device.stats.issued() > 0 || device.stats.dropped() > 0 || !"active".equals(device.path().status()) || device.removed) {
                devices.add(device(world, device, seconds));
            }
        }
        return result(world, status, devices, contexts(world, seconds), swaps);
    }

    /**
     * The figures of some devices only, without contexts: what a swap record keeps before and after a change.
     * Summarizing every device of the run twice per change cost more than the change itself, and the run's
     * results keep every swap record, so their size must follow the change, not the run.
     */
    static RunResult of(World world, List<DeviceHandle> only, List<SwapRecord> swaps) {
        double seconds = world.engine().now() / 1e9;
        List<DeviceResult> devices = new ArrayList<>(only.size());
        for (DeviceHandle device : only) {
            devices.add(device(world, device, seconds));
        }
        return result(world, RunResult.Status.RUNNING, devices, List.of(), swaps);
    }

    private static List<ContextResult> contexts(World world, double seconds) {
        List<ContextResult> contexts = new ArrayList<>();
        double capacity = world.cpu().cores() * world.cpu().clockGHz() * 1e9 * Math.max(seconds, 1e-12);
        for (ContextRef context : world.accounts().contexts()) {
            double cycles = world.accounts().cycles(context);
            if (cycles > 0) {
                contexts.add(new ContextResult(context.kind(), context.name(),
                        cycles / (world.cpu().clockGHz() * 1e9), cycles / capacity));
            }
        }
        return contexts;
    }

    private static RunResult result(World world, RunResult.Status status, List<DeviceResult> devices,
            List<ContextResult> contexts, List<SwapRecord> swaps) {
        long nanos = world.engine().now();
        String failure = world.failure() == null ? "" : world.failure();
        return new RunResult(world.spec().name(), world.spec().vendorProfile(), world.spec().placement(),
                world.costModel().id(), nanos, world.engine().processed(),
                world.failure() != null ? RunResult.Status.FAILED : status, failure, List.copyOf(devices),
                List.copyOf(contexts), swaps, world.engine().meanPending(),
                world.computes().stream().map(ComputeJobRun::result).toList());
    }

    private static DeviceResult device(World world, DeviceHandle device, double seconds) {
        DeviceStats stats = device.stats;
        long done = stats.completed();
        double per = Math.max(done, 1);
        Map<ContextKind, Double> cpu = new EnumMap<>(ContextKind.class);
        for (ContextKind kind : ContextKind.values()) {
            double cycles = stats.cycles(kind);
            if (cycles > 0) {
                cpu.put(kind, cycles / world.cpu().clockGHz() / 1e3 / per);
            }
        }
        String status = device.removed ? "removed" : device.path().status();
        return new DeviceResult(device.vm, device.spec.name(), device.path().modelId(), device.spec.kind(),
                device.spec.mode(), status, stats.issued(), done, device.inFlight(), device.path().waiting(),
                seconds > 0 ? done / seconds : 0, seconds > 0 ? stats.bytesCompleted() / seconds / 1e6 : 0,
                stats.latency().summary(), stats.exits() / per, stats.switches() / per, stats.interrupts() / per,
                stats.notifications() / per, stats.bytesCopied() / per, Map.copyOf(cpu),
                stats.dropped());
    }
}
