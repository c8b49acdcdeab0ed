package org.vwb.headless.internal;

import java.util.List;

import org.osgi.framework.ServiceReference;
import org.vwb.core.PluginCalls;
import org.vwb.core.PluginFailure;
import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.Option;

/**
 * A command contributed by another bundle: its texts and options are asked bounded by the plugin time-out and a
 * failure names its bundle and component; {@link #execute} is the command's own work, which may take as long
 * as it needs.
 */
final class BoundedCommand implements Command {

    private final Command plugin;
    private final String name;
    private final ServiceReference<Command> reference;

    BoundedCommand(Command plugin, String name, ServiceReference<Command> reference) {
        this.plugin = plugin;
        this.name = name;
        this.reference = reference;
    }

    @Override
    public String name() {
        return name;
    }

    /** The summary, or why there is none: one broken command marks its own line of the help, not the help. */
    @Override
    public String summary() {
        try {
            return PluginCalls.ask("command", name, reference, "summary()", plugin::summary);
        } catch (PluginFailure e) {
            return "(unavailable: " + e.getMessage() + ")";
        }
    }

    @Override
    public String usage() {
        return PluginCalls.ask("command", name, reference, "usage()", plugin::usage);
    }

    @Override
    public String help() {
        return PluginCalls.ask("command", name, reference, "help()", plugin::help);
    }

    @Override
    public List<Option> options() {
        return PluginCalls.ask("command", name, reference, "options()", plugin::options);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        return plugin.execute(arguments, io);
    }
}
