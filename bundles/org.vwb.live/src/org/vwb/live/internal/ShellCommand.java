package org.vwb.live.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.List;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;

/**
 * {@code vwb shell}: the Gogo shell of this very runtime, reading commands from stdin, one per line: the
 * {@code vwb:} commands, Gogo's and Equinox's ({@code lb}, {@code start}, {@code stop}, {@code update}...). It
 * starts the Gogo runtime and command bundles and Equinox's console commands itself, but not Gogo's own
 * interactive shell, which would read stdin too.
 */
@Component(service = Command.class)
public final class ShellCommand implements Command {

    private static final List<String> SHELL_BUNDLES = List.of("org.apache.felix.gogo.runtime",
            "org.apache.felix.gogo.command", "org.eclipse.equinox.console");

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
                [--speed FACTOR|max] [DURATION], vwb:pause, vwb:resume, vwb:stop, vwb:status, vwb:runs,
                vwb:set VM/DEVICE mode|model VALUE, vwb:set hypervisor vendor|placement VALUE, vwb:plugins. The
                framework's own commands (lb, start, stop, update, ...) act on the same runtime. Scripts:
                  printf 'vwb:load cfg.vwb\\nvwb:start 10s\\nvwb:status\\n' | vwb shell
                Exit code 0, or 1 when any command failed.""";
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ShellCommand.class).getBundleContext();
        CommandProcessor processor = processor(context);
        CommandSession session = processor.createSession(System.in, io.out(), System.err);
        boolean interactive = System.console() != null;
        int failures = 0;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        for (String line = prompt(interactive, in); line != null; line = prompt(interactive, in)) {
            String command = line.strip();
            if (command.equals("exit") || command.equals("quit")) {
                break;
            }
            if (command.isEmpty() || command.startsWith("#")) {
                continue;
            }
            try {
                Object result = session.execute(command);
                if (result != null) {
                    io.out().println(session.format(result, Converter.INSPECT));
                }
            } catch (Exception e) {
                failures++;
                io.error(command + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                io.trace(e);
            }
            io.out().flush();
        }
        session.close();
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static String prompt(boolean interactive, BufferedReader in) throws java.io.IOException {
        if (interactive) {
            System.err.print("vwb> ");
            System.err.flush();
        }
        return in.readLine();
    }

    /** Starts the shell's bundles (the product does not start them for every command) and finds the processor. */
    static CommandProcessor processor(BundleContext context) throws BundleException, InterruptedException {
        for (Bundle bundle : context.getBundles()) {
            if (SHELL_BUNDLES.contains(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                bundle.start(Bundle.START_TRANSIENT);
            }
        }
        for (int i = 0; i < 100; i++) {
            ServiceReference<CommandProcessor> reference = context.getServiceReference(CommandProcessor.class);
            if (reference != null) {
                return context.getService(reference);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the Gogo runtime (org.apache.felix.gogo.runtime) is not installed");
    }
}
