package org.vwb.headless.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.headless.Arguments;
import org.vwb.headless.Option;
import org.vwb.headless.UsageException;

/**
 * GNU-style parsing: {@code --name VALUE}, {@code --name=VALUE}, {@code -n VALUE}, flags, options anywhere
 * among the operands, and {@code --} to end the options (so a file may be called {@code --odd}).
 */
public final class ArgumentParser {

    /**
     * The parsed part and what follows it.
     *
     * @param arguments options and operands parsed
     * @param rest      the arguments from the first operand on, when parsing stopped there; empty otherwise
     */
    public record Result(Arguments arguments, List<String> rest) {
    }

    private final List<Option> accepted;

    public ArgumentParser(List<Option> accepted) {
        this.accepted = List.copyOf(accepted);
    }

    /** Parses everything: options may come before, between and after operands. */
    public Arguments parseAll(List<String> args) {
        return parse(args, false).arguments();
    }

    /** Parses the leading options only and stops at the first operand (the command word). */
    public Result parseLeading(List<String> args) {
        return parse(args, true);
    }

    private Result parse(List<String> args, boolean stopAtOperand) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                List<String> after = args.subList(i + 1, args.size());
                if (stopAtOperand) {
                    return new Result(new Arguments(options, operands), List.copyOf(after));
                }
                operands.addAll(after);
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                if (stopAtOperand) {
                    return new Result(new Arguments(options, operands), List.copyOf(args.subList(i, args.size())));
                }
                operands.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            boolean isLong = arg.startsWith("--");
            String written = isLong && equals > 0 ? arg.substring(0, equals) : arg;
            Option option = find(written);
            List<String> values = options.computeIfAbsent(option.name(), n -> new ArrayList<>());
            if (isLong && equals > 0) {
                if (!option.takesValue()) {
                    throw new UsageException("option --" + option.name() + " takes no value");
                }
                values.add(nonEmpty(option, arg.substring(equals + 1)));
            } else if (option.takesValue()) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option " + written + " needs a value " + option.valueName());
                }
                values.add(nonEmpty(option, args.get(++i)));
            }
        }
        return new Result(new Arguments(options, operands), List.of());
    }

    /** No option means anything by an empty value; an empty path would name the current folder. */
    private static String nonEmpty(Option option, String value) {
        if (value.isEmpty()) {
            throw new UsageException("option --" + option.name() + " needs a value " + option.valueName()
                    + ", not an empty one");
        }
        return value;
    }

    private Option find(String written) {
        for (Option option : accepted) {
            boolean matchesLong = written.equals("--" + option.name());
            boolean matchesShort = option.shortName() != 0 && written.equals("-" + option.shortName());
            if (matchesLong || matchesShort) {
                return option;
            }
        }
        throw new UsageException("unknown option " + written);
    }
}
