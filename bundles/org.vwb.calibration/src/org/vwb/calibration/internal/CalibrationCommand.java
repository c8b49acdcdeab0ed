package org.vwb.calibration.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vwb.calibration.Calibration;
import org.vwb.calibration.Reproduction;
import org.vwb.core.Simulator;
import org.vwb.headless.Arguments;
import org.vwb.headless.BundledExamples;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.UsageException;

/**
 * {@code vwb calibration [MEASUREMENTS.csv]}: every published measurement the model can express, measured
 * beside modelled, with the ratio.
 */
@Component(service = Command.class, property = "vwb.command=calibration")
public final class CalibrationCommand implements Command {

    /** The published measurements, as the source tree and the installation hold them. */
    static final Path DEFAULT_MEASUREMENTS = Path.of("examples/validation/measurements.csv");

    private final Simulator simulator;

    @Activate
    public CalibrationCommand(@Reference Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String name() {
        return "calibration";
    }

    @Override
    public String summary() {
        return "published measurements beside the model's figures, with the ratio";
    }

    @Override
    public String usage() {
        return "[MEASUREMENTS.csv]";
    }

    @Override
    public String help() {
        return "Runs the scenarios of examples/validation/measurements.csv (or the file given) and prints, for each\n"
                + "published figure, the model's figure and model/measured. 'prediction' rows were not used to\n"
                + "build the cost models; 'calibration' rows were, and only check the constant comes through.";
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        if (arguments.operands().size() > 1) {
            throw new UsageException("one MEASUREMENTS.csv only, not " + arguments.operands().size() + " operands");
        }
        if (arguments.operands().isEmpty() && BundledExamples.find(DEFAULT_MEASUREMENTS).isEmpty()) {
            return io.fail(BundledExamples.missing(DEFAULT_MEASUREMENTS), null);
        }
        Path file = arguments.operands().isEmpty() ? BundledExamples.find(DEFAULT_MEASUREMENTS).orElseThrow()
                : Path.of(arguments.operands().get(0));
        List<Reproduction> rows = new Calibration(simulator).reproduce(file);
        io.out().println(String.format(Locale.ROOT, "%-11s %-24s %12s %12s %7s  %s", "kind", "metric", "measured",
                "model", "ratio", "source"));
        boolean failed = false;
        for (Reproduction row : rows) {
            var m = row.measurement();
            if (!row.problem().isEmpty()) {
                io.error(m.file() + ": " + m.configuration() + ": " + row.problem());
                failed = true;
                continue;
            }
            io.out().println(String.format(Locale.ROOT, "%-11s %-24s %9.4g %-2s %9.4g %-2s %7.2f  %s",
                    m.prediction() ? "prediction" : "calibration", m.metric().name().toLowerCase(Locale.ROOT),
                    m.measured(), m.unit(), row.model(), m.unit(), row.ratio(), m.source()));
        }
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
