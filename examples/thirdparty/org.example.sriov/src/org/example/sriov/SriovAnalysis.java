package org.example.sriov;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vwb.core.DeviceResult;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.Simulator;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/**
 * The analysis of {@code vwb sriov} for other programs, e.g. the workbench view of {@code org.example.sriov.ui}:
 * one device of a configuration as the KVM profile maps it, as an SR-IOV virtual function with its interrupts
 * through the hypervisor, and with exitless interrupts (ELI). Prepare it on the thread that owns the model
 * ({@link #of}); {@link #run} it on any thread.
 */
public final class SriovAnalysis {

    /**
     * One way of running the device.
     *
     * @param label                how, e.g. {@code SR-IOV VF, exitless interrupts (ELI)}
     * @param exitsPerRequest      VM exits per request
     * @param interruptsPerRequest interrupts per request
     * @param cpuMicrosPerRequest  CPU per request, all contexts, microseconds
     * @param requestsPerSecond    throughput
     */
    public record Row(String label, double exitsPerRequest, double interruptsPerRequest, double cpuMicrosPerRequest,
            double requestsPerSecond) {
    }

    /**
     * The analysis's figures.
     *
     * @param rows     one per way the device ran
     * @param failures a way that could not run, with why
     */
    public record Result(List<Row> rows, List<String> failures) {
    }

    private final SriovVariants variants;
    private final Simulator simulator;

    private SriovAnalysis(SriovVariants variants, Simulator simulator) {
        this.variants = variants;
        this.simulator = simulator;
    }

    /**
     * The three variants of device {@code device} of VM {@code vm} in configuration {@code configuration} of
     * {@code model} (the model is only read).
     *
     * @throws IllegalArgumentException when there is no such configuration, VM or device, or the host has no NIC
     *                                  to take a virtual function from
     * @throws NotRunnableException     when the KVM profile cannot take the configuration
     */
    public static SriovAnalysis of(Model model, String configuration, String vm, String device, Simulator simulator)
            throws NotRunnableException {
        return new SriovAnalysis(SriovVariants.of(model, Optional.of(configuration), Optional.of(vm),
                Optional.of(device), simulator), simulator);
    }

    /** The VM and device analysed, as {@code vm/device}. */
    public String subject() {
        return variants.vm() + "/" + variants.device();
    }

    /** Runs each variant for {@code nanos} of simulated time. */
    public Result run(long nanos) {
        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Configuration variant : variants.all()) {
            try {
                DeviceResult device = simulator.run(variant, new RunOptions(nanos, 1, nanos))
                        .device(variants.vm(), variants.device()).orElseThrow();
                rows.add(new Row(variants.label(variant), device.exitsPerRequest(), device.interruptsPerRequest(),
                        device.totalCpuMicrosPerRequest(), device.throughputPerSecond()));
            } catch (NotRunnableException e) {
                failures.add(variants.label(variant) + ": " + String.join("; ", e.reasons()));
            }
        }
        return new Result(rows, failures);
    }
}
