package org.vwb.live.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
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
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;

/** One Gogo session of {@code vwb shell}: the shell's bundles started, commands read from stdin, results printed. */
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
