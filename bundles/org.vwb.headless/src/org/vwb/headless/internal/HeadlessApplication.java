package org.vwb.headless.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.vwb.headless.VwbCli;

/**
 * The Equinox application {@code org.vwb.headless.app}: hands the program arguments to {@link VwbCli} and
 * returns its exit code as an {@link Integer}, which the launcher makes the process's exit code.
 */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PluginActivation.startComponentBundles(line -> System.err.println("warning: " + line));
        PluginActivation.synchronizeInstalled(line -> System.err.println("warning: " + line));
        context.applicationRunning();
        return Integer.valueOf(VwbCli.run(args == null ? new String[0] : args, System.out, System.err));
    }

    @Override
    public void stop() {
        // a command line runs to its end; there is nothing to interrupt
    }
}
