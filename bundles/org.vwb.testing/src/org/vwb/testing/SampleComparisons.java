package org.vwb.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vwb.core.Comparison;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.DeviceResult;
import org.vwb.core.api.Fact;
import org.vwb.core.api.FaultScope;
import org.vwb.core.LatencySummary;
import org.vwb.core.RequestTrace;
import org.vwb.core.RunResult;
import org.vwb.core.StaticFigures;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/**
 * Comparisons built by hand, without a simulator, for tests of what reads them (report writers, commands):
 * entries with an emulated and a synthetic device, traces, static figures and citations, under names given.
 */
public final class SampleComparisons {

    private SampleComparisons() {
    }

    /** A comparison of the entries named, e.g. {@code "esxi", "hyperv"}; the first is monolithic. */
    public static Comparison of(String... labels) {
        List<Comparison.Entry> entries = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            entries.add(entry(labels[i], i == 0 ? DriverPlacement.IN_HYPERVISOR : DriverPlacement.PARENT_PARTITION,
                    i + 1));
        }
        List<Comparison.Citation> citations = new ArrayList<>();
        for (CostEvent event : CostEvent.values()) {
            citations.add(new Comparison.Citation("sample-generation", event, 1000 + event.ordinal(),
                    "Sample & Co., \"Costs\" <table " + event.ordinal() + ">"));
        }
        return new Comparison("sample comparison", "sample.vwb", 2_000_000_000L, 42, entries, citations);
    }

    /** One entry whose figures scale with {@code factor}, so entries differ visibly. */
    public static Comparison.Entry entry(String label, DriverPlacement placement, double factor) {
        List<DeviceResult> devices = List.of(
                device("legacy-vm", "net0", "dec21140", DeviceMode.EMULATED, 8 * factor, factor),
                device("enlightened-vm", "net0", "netvsc", DeviceMode.SYNTHETIC, 1 * factor, factor));
        RunResult result = new RunResult(label, "sample." + label, placement, "sample-generation", 2_000_000_000L,
                123_456, RunResult.Status.COMPLETED, "", devices,
                List.of(new org.vwb.core.ContextResult(ContextKind.GUEST, "legacy-vm", 0.2 * factor, 0.01),
                        new org.vwb.core.ContextResult(ContextKind.HYPERVISOR, "hypervisor", 0.1 * factor, 0.005)),
                List.of());
        StaticFigures figures = new StaticFigures("sample." + label, "Sample " + label,
                new Fact(32e6 * Math.pow(60, factor - 1), "bytes", "sample datasheet"),
                new Fact(2e5 * factor, "bytes", "sample"), new Fact(100, "drivers", "sample list"),
                List.of(new StaticFigures.DriverAvailability("nic0", "8086:105e", true),
                        new StaticFigures.DriverAvailability("hba0", "1000:0058", factor > 1)),
                placement == DriverPlacement.IN_HYPERVISOR ? FaultScope.WHOLE_HOST
                        : FaultScope.PARENT_AND_DEPENDENT_IO,
                List.of(new StaticFigures.BlastRadius("nicdrv", "nic0", factor == 1, List.of("hypervisor"),
                        List.of("legacy-vm", "enlightened-vm"))));
        return new Comparison.Entry(label, "Sample " + label, placement, result, figures,
                List.of(trace("legacy-vm", "net0", "dec21140", true), trace("enlightened-vm", "net0", "netvsc", false)));
    }

    private static DeviceResult device(String vm, String name, String model, DeviceMode mode, double exits,
            double factor) {
        List<LatencySummary.Bucket> buckets = List.of(new LatencySummary.Bucket(10 * factor, 50),
                new LatencySummary.Bucket(20 * factor, 900), new LatencySummary.Bucket(80 * factor, 45),
                new LatencySummary.Bucket(400 * factor, 5));
        LatencySummary latency = new LatencySummary(1000, 21 * factor, 20 * factor, 80 * factor, 80 * factor,
                400 * factor, buckets);
        return new DeviceResult(vm, name, model, DeviceKind.NETWORK, mode, "active", 1000, 1000, 0, 0, 500, 0.75,
                latency, exits, factor - 1, 1, mode == DeviceMode.SYNTHETIC ? 0.5 : 0, 1500 * (factor - 1),
                Map.of(ContextKind.GUEST, 2.0, ContextKind.HYPERVISOR, 3.0 * exits,
                        ContextKind.WORKER, factor > 1 ? 10.0 : 0.0));
    }

    private static RequestTrace trace(String vm, String device, String model, boolean emulated) {
        List<RequestTrace.Step> steps = new ArrayList<>();
        steps.add(new RequestTrace.Step(ContextKind.GUEST, vm, "GUEST_DRIVER", 2000, 750, "driver issues"));
        steps.add(new RequestTrace.Step(ContextKind.HYPERVISOR, "hypervisor", "VM_EXIT", 1500, 560,
                emulated ? "write CSR1: trap" : "signal the channel"));
        if (emulated) {
            steps.add(new RequestTrace.Step(ContextKind.WORKER, "vmwp.exe (" + vm + ")", "REGISTER_EMULATION", 4000,
                    1500, "emulate CSR1"));
        }
        steps.add(new RequestTrace.Step(ContextKind.PARENT, "root", "PHYSICAL_DRIVER", 3000, 1120, "driver"));
        steps.add(new RequestTrace.Step(ContextKind.PARENT, "root", "DEVICE", 0, 8000, "wire time"));
        steps.add(new RequestTrace.Step(ContextKind.GUEST, vm, "GUEST_INTERRUPT_HANDLER", 1000, 375, "handler"));
        return new RequestTrace(vm, device, model, steps);
    }
}
