package org.vwb.headless;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One vwb command ({@code vwb NAME [OPTION]... OPERAND...}). Implement it, then either add the class to the
 * built-in list ({@code org.vwb.headless.internal.commands.BuiltinCommands}) or register it as an OSGi service
 * of this type (a DS {@code @Component(service = Command.class, property = "vwb.command=NAME")} in any bundle):
 * {@link CommandRegistry#installed()} finds both. The property names the command without activating it, so
 * only the command asked for is activated; without it, every command line that looks for a contributed command
 * activates this one to ask its {@link #name()}.
 * <p>
 * The parser handles the options listed in {@link #options()} plus the global ones ({@code --help},
 * {@code --debug}, {@code --quiet}); {@code vwb NAME --help} prints {@link #usage()}, {@link #help()} and the
 * options without calling {@link #execute}.
 */
@ConsumerType
public interface Command {

    /** The word that selects the command: lower case, e.g. {@code validate}. */
    String name();

    /**
     * One line for the list of commands, lower case and without a full stop, e.g. "check configuration files";
     * a command's own help shows it as a sentence.
     */
    String summary();

    /** The operands after the options, for the usage line, e.g. {@code FILE...}. */
    String usage();

    /** A paragraph or two: what the command does, what it prints where, its exit codes if special. */
    String help();

    /** The options this command accepts besides the global ones; reuse {@link Option#OUT} and {@link Option#FORCE}. */
    default List<Option> options() {
        return List.of();
    }

    /**
     * Runs the command. Return {@link ExitCodes#OK} or {@link ExitCodes#FAILED} (after reporting why through
     * {@link CommandIo#error}); throw {@link UsageException} for a wrong command line. Any other exception is
     * reported by the caller as one line with exit code {@link ExitCodes#FAILED}, its stack trace only with
     * {@code --debug}.
     */
    int execute(Arguments arguments, CommandIo io) throws Exception;
}
