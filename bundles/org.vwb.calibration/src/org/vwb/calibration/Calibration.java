package org.vwb.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vwb.core.ComputeResult;
import org.vwb.core.DeviceResult;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;

/** Computes the model's figure for each measurement, with the plugins installed in the simulator. */
public final class Calibration {

    /** How the ratio runs go by default: 2 simulated seconds, seed 1, the hosts as the scenarios give them. */
    public static final Variation DEFAULT = new Variation(1, 2, 1);

    private final Simulator simulator;
    private final Variation variation;

    public Calibration(Simulator simulator) {
        this(simulator, DEFAULT);
    }

    /** Reproduces under a variation of the arbitrary choices: the verdicts must not depend on them. */
    public Calibration(Simulator simulator, Variation variation) {
        this.simulator = simulator;
        this.variation = variation;
    }

    /**
     * The arbitrary choices of a reproduction: the run seed, the simulated seconds of each ratio run, and a factor
     * on every host's cores (the driver contexts keep their own vCPUs, so a result that moves with it is suspect).
     * A VM with a CPU-bound job takes the factor on its vCPUs too: such a scenario is about its vCPUs per core
     * (the overcommit), which a bigger host of the same consolidation keeps.
     */
    public record Variation(long seed, double seconds, int coreFactor) {
    }

    /** Every measurement of a measurements file, reproduced; a scenario that cannot run says why. */
    public List<Reproduction> reproduce(Path measurementsFile) throws java.io.IOException {
        Path folder = measurementsFile.toAbsolutePath().getParent();
        List<Reproduction> result = new ArrayList<>();
        for (Measurement measurement : MeasurementsFile.read(measurementsFile)) {
            try {
                result.add(new Reproduction(measurement, model(folder.resolve(measurement.file()), measurement), ""));
            } catch (ModelLoadException | NotRunnableException | RuntimeException e) {
                result.add(new Reproduction(measurement, Double.NaN, e.getMessage()));
            }
        }
        return result;
    }

    private double model(Path scenario, Measurement measurement) throws ModelLoadException, NotRunnableException {
        Model model = ModelFiles.load(scenario);
        model.getHosts().forEach(host -> host.setCores(host.getCores() * variation.coreFactor()));
        model.getConfigurations().forEach(c -> c.getVirtualMachines().stream().filter(vm -> vm.getCompute() != null)
                .forEach(vm -> vm.setVcpus(vm.getVcpus() * variation.coreFactor())));
        Configuration configuration = configuration(model, measurement.configuration());
        if (measurement.metric() == Metric.THROUGHPUT_RATIO) {
            return throughput(run(configuration)) / throughput(run(configuration(model, measurement.vm())));
        }
        if (measurement.metric() == Metric.JOB_TIME_RATIO) {
            return jobTime(run(configuration)) / jobTime(run(configuration(model, measurement.vm())));
        }
        if (measurement.metric() == Metric.CPU_PER_REQUEST_RATIO) {
            return cpuPerRequest(run(configuration)) / cpuPerRequest(run(configuration(model, measurement.vm())));
        }
        return measurement.metric().of(simulator.explain(configuration, measurement.vm(), measurement.device()));
    }

    private RunResult run(Configuration configuration) throws NotRunnableException {
        return simulator.run(configuration, RunOptions.seconds(variation.seconds(), variation.seed()));
    }

    private static double throughput(RunResult result) {
        return result.devices().stream().mapToDouble(DeviceResult::throughputPerSecond).sum();
    }

    /** Runnable seconds of the compute jobs' vCPUs per second of guest work they did. */
    private static double jobTime(RunResult result) {
        double guest = result.computes().stream().mapToDouble(ComputeResult::guestSeconds).sum();
        if (guest <= 0) {
            throw new IllegalArgumentException("configuration '" + result.configuration()
                    + "' did no CPU-bound guest work (no VM has a compute job)");
        }
        return result.computes().stream().mapToDouble(ComputeResult::elapsedSeconds).sum() / guest;
    }

    /** CPU microseconds per completed request over every context, weighted by the requests each device completed. */
    private static double cpuPerRequest(RunResult result) {
        long completed = result.devices().stream().mapToLong(DeviceResult::completed).sum();
        return result.devices().stream().mapToDouble(d -> d.totalCpuMicrosPerRequest() * d.completed()).sum()
                / Math.max(1, completed);
    }

    private static Configuration configuration(Model model, String name) {
        return model.getConfigurations().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no configuration '" + name + "' in the scenario"));
    }
}
