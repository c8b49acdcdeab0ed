package org.vwb.headless;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command's parsed command line: the options given (by {@link Option}) and the operands, in order. Immutable;
 * built by the parser, read by {@link Command#execute}.
 */
public final class Arguments {

    private final Map<String, List<String>> options;
    private final List<String> operands;

    /**
     * @param options  values of each option given, by long name; a flag maps to an empty list
     * @param operands the remaining arguments, in order
     */
    public Arguments(Map<String, List<String>> options, List<String> operands) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        options.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.options = Collections.unmodifiableMap(copy);
        this.operands = List.copyOf(operands);
    }

    /** Whether the option was given at all. */
    public boolean has(Option option) {
        return options.containsKey(option.name());
    }

    /** The option's value, the last one when it was given several times. */
    public Optional<String> value(Option option) {
        List<String> values = values(option);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** Every value the option was given, in order; empty when absent. */
    public List<String> values(Option option) {
        return options.getOrDefault(option.name(), List.of());
    }

    /** The arguments that are not options, in order. */
    public List<String> operands() {
        return operands;
    }

    /** The operands as paths, after checking that there are at least {@code min} of them. */
    public List<Path> paths(int min, String operandName) {
        requireOperands(min, operandName);
        if (operands.contains("")) {
            throw new UsageException("an empty " + operandName + " (an empty path names no file)");
        }
        return operands.stream().map(Path::of).toList();
    }

    /** Fails with a {@link UsageException} unless at least {@code min} operands were given. */
    public void requireOperands(int min, String operandName) {
        if (operands.size() < min) {
            throw new UsageException("missing argument " + operandName);
        }
    }

    @Override
    public String toString() {
        return "options " + options + ", operands " + operands;
    }
}
