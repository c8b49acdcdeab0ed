package org.vwb.headless;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.vwb.headless.internal.ServiceCommands;
import org.vwb.headless.internal.commands.BuiltinCommands;

/**
 * The commands vwb knows, by name, listed alphabetically in the help. The installed registry looks commands
 * contributed as OSGi services up only when asked, and activates only the one asked for (see
 * {@link #installed()}), so the command line is parsed before any plugin runs.
 */
public final class CommandRegistry {

    private final Map<String, Command> byName = new TreeMap<>();
    private final boolean services;
    private final List<String> warnings = new ArrayList<>();

    private CommandRegistry(Collection<? extends Command> commands, boolean services) {
        for (Command command : commands) {
            if (byName.putIfAbsent(command.name(), command) != null) {
                throw new IllegalArgumentException("two commands are named '" + command.name() + "'");
            }
        }
        this.services = services;
    }

    /** Exactly these commands; two with one name are a programming error. */
    public static CommandRegistry of(Collection<? extends Command> commands) {
        return new CommandRegistry(commands, false);
    }

    /**
     * The built-in commands plus every {@link Command} registered as an OSGi service, looked up when asked for.
     * A service whose name a built-in command already has is left out: a plugin cannot replace {@code validate}
     * behind the user's back.
     */
    public static CommandRegistry installed() {
        return new CommandRegistry(BuiltinCommands.all(), true);
    }

    /** The command of that name, if any; a service command is activated only if it is the one named. */
    public Optional<Command> find(String name) {
        Command builtin = byName.get(name);
        if (builtin != null || !services) {
            return Optional.ofNullable(builtin);
        }
        return ServiceCommands.find(name, warnings);
    }

    /** All commands, by name (every service command is activated to be listed). */
    public Collection<Command> all() {
        Map<String, Command> all = new TreeMap<>(byName);
        if (services) {
            ServiceCommands.all(warnings).forEach(c -> all.putIfAbsent(c.name(), c));
        }
        return List.copyOf(all.values());
    }

    /** One line per contributed command that could not be asked (it threw, or did not answer in time). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
