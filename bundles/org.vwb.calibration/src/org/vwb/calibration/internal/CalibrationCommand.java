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
import org.vwb.headless.TextTable;
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

    /** Four significant digits, as many as the published figures carry, without a needless exponent. */
    private static String figure(double value) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }

    @Override
    public String help() {
        return "Runs the scenarios of examples/validation/measurements.csv (or the file given) and prints, for each\n"
                + "published figure, the model's figure and model/measured. 'prediction' rows were not used to\n"
                + "build the cost models; 'calibration' rows were, and only check the constant comes through.\n"
                + "Each row's verdict: within 25% of the published figure or a MISS, and for a ratio of two\n"
                + "configurations whether it points the same way (above 1, below 1, or within 2% of 1).\n"
                + "The last line sums the verdicts. A MISS is a finding about the model, not a failure: the exit\n"
                + "code is 1 only when a row could not be reproduced (its scenario does not load or run).";
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
        TextTable table = new TextTable(2, "kind", "metric", "measured", "model", "unit", "model/measured",
                "verdict", "source").alignLeft(4, 6, 7);
        boolean failed = false;
        for (Reproduction row : rows) {
            var m = row.measurement();
            if (!row.problem().isEmpty()) {
                io.error(m.file() + ": " + m.configuration() + ": " + row.problem());
                failed = true;
                continue;
            }
            table.row(m.prediction() ? "prediction" : "calibration", m.metric().name().toLowerCase(Locale.ROOT),
                    figure(m.measured()), figure(row.model()), m.unit(), Double.isFinite(row.ratio())
                            ? String.format(Locale.ROOT, "%.2f", row.ratio()) : "-", row.verdict(), m.source());
        }
        io.out().print(table);
        io.out().println(CalibrationSummary.of(rows));
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
