package org.vwb.headless.internal.commands;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.vwb.headless.internal.BundleVersion;
import org.vwb.headless.internal.ManPage;

/**
 * {@code vwb manpage}: the manual page vwb(1) of the installed commands, in man(7) markup. The product's build
 * runs it to ship {@code share/man/man1/vwb.1}.
 */
public final class ManPageCommand implements Command {

    private static final Option DATE = Option.value("date", "YYYY-MM-DD",
            "the date in the page's footer (default: today; the build gives its own for reproducible pages)");

    private final Supplier<Collection<Command>> commands;

    /** @param commands every command to document, this one included (asked when the command runs) */
    public ManPageCommand(Supplier<Collection<Command>> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "manpage";
    }

    @Override
    public String summary() {
        return "print the manual page vwb(1) of the installed commands";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public String help() {
        return """
                Prints the manual page vwb(1) in man(7) markup: every installed command with its usage, description
                and options (the texts of 'vwb COMMAND --help'), the global options, exit status, environment and
                files. The product ships it as share/man/man1/vwb.1: read it with 'man -l share/man/man1/vwb.1',
                or copy it to ~/.local/share/man/man1/ and run 'man vwb'.""";
    }

    @Override
    public List<Option> options() {
        return List.of(DATE, Option.OUT, Option.FORCE);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        if (!arguments.operands().isEmpty()) {
            throw new UsageException("manpage takes no operands");
        }
        String date = arguments.value(DATE).orElse(LocalDate.now().toString());
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new UsageException("--date '" + date + "' is not a date YYYY-MM-DD");
        }
        String page = ManPage.page(commands.get(), VwbCli.GLOBAL_OPTIONS, BundleVersion.current(), date);
        io.writeOutput(arguments, page.getBytes(StandardCharsets.UTF_8));
        return ExitCodes.OK;
    }
}
