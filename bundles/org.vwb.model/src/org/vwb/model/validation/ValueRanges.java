package org.vwb.model.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.vwb.model.VwbPackage;

/**
 * The allowed range of every numeric attribute of the model, in one table (documented in docs/model.md). Each
 * bound is finite, so NaN, infinities and absurd magnitudes such as 1e300 are refused, and each is chosen so that
 * what the engine allocates from a valid model stays bounded: the number of requests a closed loop keeps
 * outstanding, the rate of arrivals an open loop schedules, how long a run lasts. Bounds are estimates with
 * their reasoning beside them: far beyond any machine vwb models, far below what breaks the engine.
 */
public final class ValueRanges {

    /** The range of one attribute: {@code min} (inclusive, or exclusive when {@code aboveMin}) to {@code max}. */
    public record Range(EAttribute attribute, double min, boolean aboveMin, double max, String unit) {

        /** Whether a value is inside; NaN never is. */
        public boolean contains(double value) {
            return (aboveMin ? value > min : value >= min) && value <= max;
        }

        /** The range in words, e.g. {@code 1 to 4096 cores} or {@code above 0 to 1000000 s}. */
        public String describe() {
            return (aboveMin ? "above " : "") + number(min) + " to " + number(max) + (unit.isEmpty() ? "" : " " + unit);
        }
    }

    /** Seconds a run or a workload may last: the same bound as {@code --duration}, so every run ends. */
    public static final double MAX_SECONDS = 1_000_000;

    /** Requests all closed loops of one configuration may keep outstanding together (estimate: ~100 MB of them). */
    public static final long MAX_OUTSTANDING_PER_CONFIGURATION = 1L << 20;

    /** Arrivals per second all open loops of one configuration may ask for together (estimate, as per workload). */
    public static final double MAX_RATE_PER_CONFIGURATION = 10_000_000;

    private static final VwbPackage P = VwbPackage.eINSTANCE;
    private static final Map<EAttribute, Range> RANGES = new LinkedHashMap<>();

    static {
        // estimate: the largest x86 servers have a few hundred cores; 4096 leaves room, and caps per-core state
        add(P.getHost_Cores(), 1, false, 4096, "cores");
        // estimate: no CPU ran below 10 MHz or above 10 GHz; a zero or infinite clock makes every cost 0 or infinite
        add(P.getHost_ClockGHz(), 0.01, false, 10, "GHz");
        // estimate: 64 TiB, beyond the largest single-system-image servers
        add(P.getHost_MemoryMiB(), 1, false, 64L * 1024 * 1024, "MiB");
        // estimate: 1 kb/s to 10 Tb/s, beyond any NIC or storage link
        add(P.getPhysicalDevice_BandwidthMbps(), 0.001, false, 10_000_000, "Mb/s");
        // estimate: up to 10 s of service time, far beyond a spun-down disk
        add(P.getPhysicalDevice_LatencyMicros(), 0, false, 10_000_000, "us");
        // estimate: 1000 vCPUs per core is far beyond any stated consolidation limit
        add(P.getHypervisor_OvercommitLimit(), 0, true, 1000, "vCPUs per core");
        // Hyper-V 2025 allows 2048 vCPUs per VM; 4096 leaves room and bounds the sums of validation
        add(P.getPartition_Vcpus(), 1, false, 4096, "vCPUs");
        add(P.getPartition_MemoryMiB(), 1, false, 64L * 1024 * 1024, "MiB");
        // the virtio specification allows 0x8000 queue pairs (VIRTIO 1.1, 5.1.4 max_virtqueue_pairs); 1024 is beyond
        // any guest's vCPUs that use them (a guest uses one queue per vCPU); 0 = the device model's default
        add(P.getVirtualDevice_Queues(), 0, false, 1024, "queue pairs");
        // 68 bytes is the least MTU IPv4 allows (RFC 791); 65,535 the largest IP packet, virtio-net's largest MTU
        add(P.getVirtualDevice_Mtu(), 68, false, 65_535, "bytes");
        // -1 the device's own policy, 0 off; above that e1000's InterruptThrottleRate and vmxnet3's
        // ethernetX.coalescingParams both take 100 to 100,000 interrupts/s (e1000.rst; VMware's coalescing guide);
        // 1 to 99 is refused by VwbRules
        add(P.getVirtualDevice_InterruptRate(), -1, false, 100_000, "interrupts/s");
        // estimate: 64 MiB per request, beyond the largest I/O a guest issues (1 MiB is common, 32 MiB rare)
        add(P.getWorkload_RequestBytes(), 1, false, 64 * 1024 * 1024, "bytes");
        // estimate: 10 M requests/s per workload, beyond a 100 Gb/s NIC's small-packet rate; above it arrivals
        // would be closer together than the engine's nanosecond clock can tell apart
        add(P.getWorkload_RatePerSecond(), 0, false, MAX_RATE_PER_CONFIGURATION, "requests/s");
        // NVMe allows 65,536 commands per queue: the largest depth any device offers
        add(P.getWorkload_QueueDepth(), 0, false, 65_536, "requests");
        add(P.getWorkload_ReadFraction(), 0, false, 1, "");
        add(P.getWorkload_DurationSeconds(), 0, false, MAX_SECONDS, "s");
        // a job may be as long as the longest run: its completion is then still inside one
        add(P.getComputeJob_CpuSeconds(), 0, true, MAX_SECONDS, "s");
        // estimate: 0 (a tickless idle guest) to 100 kHz, beyond any guest tick rate (Linux HZ tops at 1000;
        // high-resolution timers fire more often, not 100x more); above it the engine would price more ticks than
        // a slice holds instructions
        add(P.getComputeJob_TimerHz(), 0, false, 100_000, "Hz");
        // estimate: 1 M IPIs per vCPU-second, one per microsecond, beyond a shootdown storm
        add(P.getComputeJob_IpisPerSecond(), 0, false, 1_000_000, "IPIs/s");
        // estimate: 10^10 per second, one per cycle at 10 GHz: no program misses the TLB more often than it runs
        add(P.getComputeJob_TlbMissesPerSecond(), 0, false, 1e10, "misses/s");
        add(P.getScenario_DurationSeconds(), 0, true, MAX_SECONDS, "s");
        // the same bound as vwb sweep --seeds: each seed is a run of every combination
        add(P.getScenario_Seeds(), 1, false, 1000, "seeds");
    }

    private ValueRanges() {
    }

    private static void add(EAttribute attribute, double min, boolean aboveMin, double max, String unit) {
        RANGES.put(attribute, new Range(attribute, min, aboveMin, max, unit));
    }

    /** The range of an attribute; empty for one whose every value is allowed (names, seeds, booleans). */
    public static Optional<Range> of(EAttribute attribute) {
        return Optional.ofNullable(RANGES.get(attribute));
    }

    /** Every range, in the order of the metamodel. */
    public static Map<EAttribute, Range> all() {
        return java.util.Collections.unmodifiableMap(RANGES);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(java.util.Locale.ROOT, "%,d",
                (long) value) : String.format(java.util.Locale.ROOT, "%s", value);
    }
}
