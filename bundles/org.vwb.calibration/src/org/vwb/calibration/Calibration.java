package org.vwb.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    private static final RunOptions RATIO_RUN = RunOptions.seconds(2, 1);

    private final Simulator simulator;

    public Calibration(Simulator simulator) {
        this.simulator = simulator;
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
        Configuration configuration = configuration(model, measurement.configuration());
        if (measurement.metric() == Metric.THROUGHPUT_RATIO) {
            return throughput(configuration) / throughput(configuration(model, measurement.vm()));
        }
        return measurement.metric().of(simulator.explain(configuration, measurement.vm(), measurement.device()));
    }

    private double throughput(Configuration configuration) throws NotRunnableException {
        RunResult result = simulator.run(configuration, RATIO_RUN);
        return result.devices().stream().mapToDouble(DeviceResult::throughputPerSecond).sum();
    }

    private static Configuration configuration(Model model, String name) {
        return model.getConfigurations().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no configuration '" + name + "' in the scenario"));
    }
}
