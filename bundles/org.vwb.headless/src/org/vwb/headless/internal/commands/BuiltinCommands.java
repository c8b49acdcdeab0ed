package org.vwb.headless.internal.commands;

import java.util.List;

import org.vwb.headless.Command;
import org.vwb.headless.CommandRegistry;

/** The commands vwb always has. A new built-in command is one class and one line here. */
public final class BuiltinCommands {

    private BuiltinCommands() {
    }

    /** A fresh instance of every built-in command. */
    public static List<Command> all() {
        return List.of(new ValidateCommand(),
                new ImportCommand(), new ExportCommand(), new AuditCommand(),
                new RunCommand(),
                new CompareCommand(),
                new ExplainCommand(),
                new PluginsCommand(),
                new CompletionCommand(() -> CommandRegistry.installed().all()),
                new ManPageCommand(() -> CommandRegistry.installed().all()));
    }
}
