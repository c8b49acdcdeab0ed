package org.vwb.headless;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.vwb.headless.internal.ServiceCommands;
import org.vwb.headless.internal.commands.BuiltinCommands;

/** The commands vwb knows, by name, listed alphabetically in the help. */
public final class CommandRegistry {

    private final Map<String, Command> byName = new TreeMap<>();

    private CommandRegistry(Collection<? extends Command> commands) {
        for (Command command : commands) {
            if (byName.putIfAbsent(command.name(), command) != null) {
                throw new IllegalArgumentException("two commands are named '" + command.name() + "'");
            }
        }
    }

    /** Exactly these commands; two with one name are a programming error. */
    public static CommandRegistry of(Collection<? extends Command> commands) {
        return new CommandRegistry(commands);
    }

    /**
     * The built-in commands plus every {@link Command} registered as an OSGi service. A service whose name a
     * built-in command already has is left out: a plugin cannot replace {@code validate} behind the user's back.
     */
    public static CommandRegistry installed() {
        List<Command> commands = new ArrayList<>(BuiltinCommands.all());
        for (Command service : ServiceCommands.registered()) {
            if (commands.stream().noneMatch(c -> c.name().equals(service.name()))) {
                commands.add(service);
            }
        }
        return new CommandRegistry(commands);
    }

    /** The command of that name, if any. */
    public Optional<Command> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** All commands, by name. */
    public Collection<Command> all() {
        return List.copyOf(byName.values());
    }
}
