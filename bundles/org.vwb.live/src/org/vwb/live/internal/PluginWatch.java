package org.vwb.live.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * While a shell session lasts, every {@value #PERIOD_SECONDS} s: jars dropped into (or removed from) the
 * installation's dropins folder and plugins another vwb installed or uninstalled are taken into the running
 * framework, each change one line on stderr, so a live run can use a dropped-in device at its next change set.
 */
final class PluginWatch implements AutoCloseable {

    private static final long PERIOD_SECONDS = 2;

    private final ScheduledExecutorService timer;

    private PluginWatch(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts watching; without the installer (a runtime without org.vwb.plugins) there is nothing to watch. */
    static PluginWatch start(BundleContext context) {
        ServiceReference<PluginShellCommands> reference = context.getServiceReference(PluginShellCommands.class);
        PluginShellCommands plugins = reference == null ? null : context.getService(reference);
        if (plugins == null) {
            return new PluginWatch(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "vwb shell: plugin watch");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                plugins.synchronize().forEach(System.err::println);
            } catch (RuntimeException e) {
                System.err.println("warning: the plugin watch failed: " + e);
            }
        }, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        return new PluginWatch(timer);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
