package org.vwb.headless.internal.simulation;

import org.vwb.headless.Durations;
import java.util.List;
import java.util.Optional;

import org.vwb.core.RunOptions;
import org.vwb.headless.Arguments;
import org.vwb.headless.Option;
import org.vwb.headless.UsageException;
import org.vwb.model.Scenario;

/** The options the simulation commands share, and how they combine with a scenario's defaults. */
public final class SimulationOptions {

    public static final Option CONFIG = Option.value("config", "NAME",
            "the configuration to use (default: the file's first)");
    public static final Option DURATION = Option.value("duration", "D",
            "simulated time: 10s, 500ms, 2m or seconds (default: the scenario's, else 10s)");
    public static final Option SEED = Option.value("seed", "N", "seed of the run (default: the scenario's, else 1)");

    /** Simulated time when neither the command line nor a scenario gives one. */
    static final double DEFAULT_SECONDS = 10;

    private SimulationOptions() {
    }

    /** The format option of a command that writes the given formats. */
    public static Option format(List<String> formats) {
        // the value names the choices (text|json|csv): the help shows them, and shell completion offers them
        return Option.value("format", String.join("|", formats), "output format: " + String.join(", ", formats)
                + " (default: " + formats.get(0) + ")");
    }

    /** The format asked for, checked against those the command offers (a wrong one is a usage error). */
    public static String format(Arguments arguments, Option option, List<String> formats) {
        String format = arguments.value(option).orElse(formats.get(0));
        if (!formats.contains(format)) {
            throw new UsageException("--" + option.name() + " must be one of " + String.join(", ", formats)
                    + ", not '" + format + "'");
        }
        return format;
    }

    /** Duration and seed: the command line's, else the scenario's, else the defaults. */
    public static RunOptions runOptions(Arguments arguments, Optional<Scenario> scenario) {
        long nanos = arguments.value(DURATION).map(d -> Durations.nanos(DURATION.name(), d))
                .orElseGet(() -> Math.round(1e9 * scenario.map(Scenario::getDurationSeconds).filter(s -> s > 0)
                        .orElse(DEFAULT_SECONDS)));
        long seed = arguments.value(SEED).map(s -> Durations.seed(SEED.name(), s))
                .orElseGet(() -> scenario.map(Scenario::getSeed).orElse(1L));
        return new RunOptions(nanos, seed, Math.max(1, nanos / 200));
    }

    /** Exactly one operand, the file. */
    public static java.nio.file.Path file(Arguments arguments) {
        arguments.requireOperands(1, "FILE");
        if (arguments.operands().size() > 1) {
            throw new UsageException("one FILE only, not " + arguments.operands().size() + " operands");
        }
        return arguments.paths(1, "FILE").get(0);
    }
}
