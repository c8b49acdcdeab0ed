package org.vwb.headless.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.vwb.headless.Command;

/**
 * The commands other bundles contribute as OSGi services (e.g. DS components). A command line lives for one
 * call, so the services are looked up once per call rather than tracked.
 */
public final class ServiceCommands {

    private ServiceCommands() {
    }

    /** The registered commands; none when not running inside OSGi. */
    public static List<Command> registered() {
        Bundle bundle = FrameworkUtil.getBundle(ServiceCommands.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return List.of();
        }
        List<Command> commands = new ArrayList<>();
        try {
            for (ServiceReference<Command> reference : context.getServiceReferences(Command.class, null)) {
                Command command = context.getService(reference);
                if (command != null) {
                    commands.add(command);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter cannot be invalid", e);
        }
        return commands;
    }
}
