package org.vwb.headless.internal;

import java.util.Collection;
import java.util.List;

import org.vwb.headless.Command;
import org.vwb.headless.Option;

/** The texts of {@code vwb --help} and {@code vwb COMMAND --help}, built from what the commands declare. */
public final class HelpText {

    private static final String CONVENTIONS = """
            Exit codes: 0 success (warnings allowed); 1 invalid or unreadable input, or a failed run;
            2 usage error (unknown command or option, missing argument).
            Results go to stdout (or --out PATH); errors, warnings and progress go to stderr.
            An existing output file is replaced only with --force, and atomically.
            """;

    private HelpText() {
    }

    /** The usage line of a command, e.g. {@code vwb validate [OPTION]... FILE...}. */
    public static String usageLine(Command command) {
        return "vwb " + command.name() + " [OPTION]... " + command.usage();
    }

    /** {@code vwb --help}: the commands with their summaries, the global options and the conventions. */
    public static String global(Collection<Command> commands, List<Option> globalOptions) {
        StringBuilder text = new StringBuilder("Usage: vwb [OPTION]... COMMAND [ARG]...\n");
        text.append("The Virtualization Workbench: describe hosts, hypervisors and virtual machines, and compare\n")
                .append("what each vendor's architecture costs.\n\nCommands:\n");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Command command : commands) {
            text.append("  ").append(pad(command.name(), width)).append("  ").append(command.summary()).append('\n');
        }
        text.append("\nOptions:\n").append(options(globalOptions)).append('\n').append(CONVENTIONS)
                .append("\nRun 'vwb COMMAND --help' (or 'vwb help COMMAND') for a command's options.\n");
        return text.toString();
    }

    /** {@code vwb COMMAND --help}: usage, description and every option the command accepts. */
    public static String command(Command command, List<Option> globalOptions) {
        StringBuilder text = new StringBuilder("Usage: ").append(usageLine(command)).append("\n")
                .append(sentence(command.summary())).append("\n\n").append(command.help().strip()).append("\n\n");
        if (!command.options().isEmpty()) {
            text.append("Options:\n").append(options(command.options()));
        }
        text.append("Global options:\n").append(options(globalOptions));
        return text.toString();
    }

    private static String options(List<Option> options) {
        int width = options.stream().mapToInt(o -> o.synopsis().length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (Option option : options) {
            text.append("  ").append(pad(option.synopsis(), width)).append("  ").append(option.description())
                    .append('\n');
        }
        return text.toString();
    }

    private static String sentence(String summary) {
        return summary.isEmpty() ? summary : Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ".";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
