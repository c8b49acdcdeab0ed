package org.vwb.live.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;

/**
 * {@code vwb shell}: the Gogo shell of this very runtime, reading commands from stdin, one per line: the
 * {@code vwb:} commands, Gogo's and Equinox's ({@code lb}, {@code start}, {@code stop}, {@code update}...). It
 * starts the Gogo runtime and command bundles and Equinox's console commands itself, but not Gogo's own
 * interactive shell, which would read stdin too.
 */
@Component(service = Command.class, property = "vwb.command=shell")
public final class ShellCommand implements Command {

    @Override
    public String name() {
        return "shell";
    }

    @Override
    public String summary() {
        return "the OSGi shell with vwb's commands (vwb:load, vwb:start, vwb:status, vwb:set...)";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public String help() {
        return """
                Reads shell commands from stdin, one per line, until end of input or 'exit', and prints each result
                on stdout; errors are one line on stderr. vwb's commands: vwb:load FILE, vwb:start [--config NAME]
                [--speed FACTOR|max] [DURATION], vwb:pause, vwb:resume, vwb:speed FACTOR|max, vwb:stop, vwb:status,
                vwb:runs, vwb:set VM/DEVICE mode|model VALUE, vwb:set hypervisor vendor|placement VALUE, vwb:plugins. The
                framework's own commands (lb, start, stop, update, ...) act on the same runtime. Scripts:
                  printf 'vwb:load cfg.vwb\\nvwb:start 10s\\nvwb:status\\n' | vwb shell
                Exit code 0, or 1 when any command failed.""";
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        // the Gogo types live in GogoSession, so that listing or running any other command never loads (and
        // so never activates) the Gogo runtime: it costs every start-up a few dozen classes and a thread
        return GogoSession.run(io);
    }
}
