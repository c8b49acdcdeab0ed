package org.vwb.live.internal;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.vwb.core.LiveRun;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;

/**
 * One Gogo session of {@code vwb shell}: the shell's bundles started, commands read from stdin (with JLine's line
 * editing, history and completion when a person types them), results printed, errors in the user's words, and a
 * live run left at the end (or on a signal) stopped with its summary.
 */
final class GogoSession {

    private static final List<String> SHELL_BUNDLES = List.of("org.apache.felix.gogo.runtime",
            "org.apache.felix.gogo.command", "org.eclipse.equinox.console");
    /** The product keeps Equinox's console at this start level, above the framework's, until the shell needs it. */
    private static final int CONSOLE_START_LEVEL = 7;

    private GogoSession() {
    }

    static int run(CommandIo io) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(GogoSession.class).getBundleContext();
        CommandProcessor processor = processor(context);
        CommandSession session = processor.createSession(System.in, io.out(), System.err);
        // a name several scopes define (help, start, stop...) is Gogo's own first: Equinox's 'help' would answer
        // 'help vwb:set' with nothing, and vwb's commands are always typed with their scope
        session.put("SCOPE", "felix:*");
        ShellCommands vwb = context.getService(context.getServiceReference(ShellCommands.class));
        Thread hook = new Thread(() -> stopLiveRun(vwb, System.err, "vwb shell: interrupted"), "vwb shell: signal");
        Runtime.getRuntime().addShutdownHook(hook);
        int failures = 0;
        try (PluginWatch watch = PluginWatch.start(context); ShellLines lines = System.console() != null ? new JLineLines(session, vwb)
                : new ShellLines.Plain(System.in)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                String command = line.strip();
                if (command.equals("exit") || command.equals("quit")) {
                    break;
                }
                if (command.isEmpty() || command.startsWith("#")) {
                    continue;
                }
                failures += execute(session, command, io, lines) ? 0 : 1;
            }
        } finally {
            stopLiveRun(vwb, io.out(), "vwb shell: end of session");
            session.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // a signal: the hook is stopping the run
            }
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Runs one command line; false when it failed (one error line on stderr, the trace only with --debug). */
    private static boolean execute(CommandSession session, String command, CommandIo io, ShellLines lines) {
        try {
            Object result = lines.interruptible(() -> session.execute(command));
            if (result != null) {
                io.out().println(session.format(result, Converter.INSPECT));
            }
            return true;
        } catch (Exception e) {
            io.error(ShellErrors.message(command, e));
            io.trace(e);
            return false;
        } finally {
            io.out().flush();
        }
    }

    /** A run the shell leaves behind is stopped and summed up, never dropped without a word. */
    private static void stopLiveRun(ShellCommands vwb, java.io.PrintStream to, String why) {
        LiveRun run = vwb.currentRun();
        if (run == null || run.state() == LiveRun.State.FINISHED) {
            return;
        }
        run.stop();
        try {
            to.println(why + "; run " + run.id() + " stopped: " + vwb.summary());
        } catch (Exception e) {
            to.println(why + "; run " + run.id() + " stopped");
        }
        to.flush();
    }

    /** Starts the shell's bundles (the product does not start them for every command) and finds the processor. */
    static CommandProcessor processor(BundleContext context) throws BundleException, InterruptedException {
        FrameworkStartLevel levels = context.getBundle(0).adapt(FrameworkStartLevel.class);
        if (levels.getStartLevel() < CONSOLE_START_LEVEL) {
            CountDownLatch raised = new CountDownLatch(1);
            levels.setStartLevel(CONSOLE_START_LEVEL, event -> raised.countDown());
            raised.await(10, TimeUnit.SECONDS);
        }
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
