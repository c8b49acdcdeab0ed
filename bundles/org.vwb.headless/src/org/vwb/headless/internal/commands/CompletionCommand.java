package org.vwb.headless.internal.commands;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.UsageException;
import org.vwb.headless.VwbCli;
import org.vwb.headless.internal.BashCompletion;
import org.vwb.headless.internal.BundleVersion;

/**
 * {@code vwb completion bash}: the bash completion script of the installed commands. The product's build runs it
 * to ship {@code share/bash-completion/completions/vwb}; after installing a plugin that adds a command, running it
 * again brings the completion up to date.
 */
public final class CompletionCommand implements Command {

    private final Supplier<Collection<Command>> commands;

    /** @param commands every command to complete, this one included (asked when the command runs) */
    public CompletionCommand(Supplier<Collection<Command>> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "completion";
    }

    @Override
    public String summary() {
        return "print the bash completion script of the installed commands";
    }

    @Override
    public String usage() {
        return "bash";
    }

    @Override
    public String help() {
        return """
                Prints a bash completion script for vwb: command names, each command's options, the choices of
                options such as --format, and file names where a command takes a file. It is written from the
                commands' own help, so it lists what this installation has. The product ships it as
                share/bash-completion/completions/vwb; to use it, copy that file (or this output) to
                ~/.local/share/bash-completion/completions/vwb, or add 'source <(vwb completion bash)' to
                ~/.bashrc.""";
    }

    @Override
    public List<Option> options() {
        return List.of(Option.OUT, Option.FORCE);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        arguments.requireOperands(1, "bash");
        if (arguments.operands().size() > 1 || !arguments.operands().get(0).equals("bash")) {
            String asked = String.join(" ", arguments.operands());
            throw new UsageException("completion is written for bash only, not '" + asked + "'");
        }
        String script = BashCompletion.script(commands.get(), VwbCli.GLOBAL_OPTIONS, BundleVersion.current());
        io.writeOutput(arguments, script.getBytes(StandardCharsets.UTF_8));
        return ExitCodes.OK;
    }
}
