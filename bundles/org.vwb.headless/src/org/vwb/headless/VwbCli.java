package org.vwb.headless;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.vwb.headless.internal.ArgumentParser;
import org.vwb.headless.internal.BundleVersion;
import org.vwb.headless.internal.Failures;
import org.vwb.headless.internal.HelpText;

/**
 * The {@code vwb} command line as a plain class: parses the global options and the command word, runs the
 * command and turns whatever happens into the exit code and output of the project's convention. The Equinox
 * application calls it with {@code System.out}/{@code System.err}; tests call it with captured streams.
 */
public final class VwbCli {

    public static final Option HELP = Option.flag("help", 'h', "show help and exit");
    public static final Option VERSION = Option.flag("version", 'V', "show vwb's version and exit");
    public static final Option DEBUG = Option.flag("debug", "print stack traces with errors");
    public static final Option QUIET = Option.flag("quiet", 'q', "no progress messages on stderr");

    /** The options {@code vwb} takes before the command word (the help, completion and manual page list them). */
    public static final List<Option> GLOBAL_OPTIONS = List.of(HELP, VERSION, DEBUG, QUIET);
    private static final List<Option> GLOBAL = GLOBAL_OPTIONS;
    private static final List<Option> PER_COMMAND = List.of(HELP, DEBUG, QUIET);
    /** {@code vwb help [COMMAND]}, answered by the command line itself unless a plugin took the name. */
    private static final String HELP_COMMAND = "help";

    private final CommandRegistry commands;

    public VwbCli(CommandRegistry commands) {
        this.commands = commands;
    }

    /** Runs one command line with the installed commands ({@link CommandRegistry#installed()}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new VwbCli(CommandRegistry.installed()).execute(args, out, err);
    }

    /** Runs one command line; returns the exit code. Never throws for anything the user can cause. */
    public int execute(String[] args, PrintStream out, PrintStream err) {
        Command command = null;
        boolean debug = isDebug(Arrays.asList(args));
        try {
            ArgumentParser.Result global = new ArgumentParser(GLOBAL).parseLeading(Arrays.asList(args));
            Arguments leading = global.arguments();
            if (leading.has(VERSION)) {
                out.println("vwb " + BundleVersion.current());
                return ExitCodes.OK;
            }
            if (global.rest().isEmpty()) {
                if (leading.has(HELP)) {
                    return help(List.of(), out, err);
                }
                throw new UsageException("no command given");
            }
            String name = global.rest().get(0);
            if (name.equals(HELP_COMMAND) && commands.find(HELP_COMMAND).isEmpty()) {
                return help(global.rest().subList(1, global.rest().size()), out, err);
            }
            command = commands.find(name)
                    .orElseThrow(() -> new UsageException("unknown command '" + name + "'"));
            List<Option> accepted = new ArrayList<>(command.options());
            accepted.addAll(PER_COMMAND);
            Arguments arguments = new ArgumentParser(accepted).parseAll(global.rest().subList(1, global.rest().size()));
            if (leading.has(HELP) || arguments.has(HELP)) {
                out.print(HelpText.command(command, PER_COMMAND));
                return ExitCodes.OK;
            }
            CommandIo io = new CommandIo(out, err, leading.has(QUIET) || arguments.has(QUIET), debug);
            try {
                return command.execute(arguments, io);
            } finally {
                io.endStatus();
            }
        } catch (UsageException e) {
            err.println("error: " + TerminalText.escape(e.getMessage()) + " (" + usageHint(command) + ")");
            return ExitCodes.USAGE;
        } catch (Exception | Error e) {
            // an Error too: Equinox would only log it in its cache folder and exit 0
            return new CommandIo(out, err, false, debug).fail(Failures.oneLine(e), e);
        } finally {
            commands.warnings().forEach(w -> err.println("warning: " + w));
            out.flush();
            err.flush();
        }
    }

    /** {@code vwb help [COMMAND]}: the same texts as {@code vwb --help} and {@code vwb COMMAND --help}. */
    private int help(List<String> operands, PrintStream out, PrintStream err) {
        if (operands.isEmpty()) {
            out.print(HelpText.global(commands.all(), GLOBAL));
            return ExitCodes.OK;
        }
        if (operands.size() > 1) {
            throw new UsageException("help takes one command name, not " + operands.size());
        }
        Command command = commands.find(operands.get(0))
                .orElseThrow(() -> new UsageException("unknown command '" + operands.get(0) + "'"));
        out.print(HelpText.command(command, PER_COMMAND));
        return ExitCodes.OK;
    }

    /** Known before parsing, so that even a failure of the parser itself can show its stack trace. */
    private static boolean isDebug(List<String> args) {
        int end = args.indexOf("--");
        return (end < 0 ? args : args.subList(0, end)).contains("--" + DEBUG.name());
    }

    private static String usageHint(Command command) {
        return Optional.ofNullable(command)
                .map(c -> "usage: " + HelpText.usageLine(c) + "; see vwb " + c.name() + " --help")
                .orElse("usage: vwb [OPTION]... COMMAND [ARG]...; see vwb --help");
    }
}
