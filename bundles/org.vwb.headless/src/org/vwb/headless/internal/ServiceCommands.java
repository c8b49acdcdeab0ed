package org.vwb.headless.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.vwb.core.PluginCalls;
import org.vwb.core.PluginFailure;
import org.vwb.headless.Command;

/**
 * The commands other bundles contribute as OSGi services (e.g. DS components), found through their service
 * registrations without activating them: a command that declares its name in the service property
 * {@value #NAME_PROPERTY} is activated only when it is the one asked for, so one broken plugin cannot stop
 * {@code vwb --version} or another command. A command without the property is activated to be asked its name,
 * bounded by the plugin time-out; one that throws or does not answer is left out with a warning naming it.
 */
public final class ServiceCommands {

    /** The service property that carries a command's name, e.g. {@code @Component(property = "vwb.command=bench")}. */
    public static final String NAME_PROPERTY = "vwb.command";

    private ServiceCommands() {
    }

    /** The registered command of that name, if any; warnings name the plugins that could not be asked. */
    public static Optional<Command> find(String name, List<String> warnings) {
        for (ServiceReference<Command> reference : references()) {
            Object declared = reference.getProperty(NAME_PROPERTY);
            if (declared == null || declared.equals(name)) {
                Optional<Command> command = activate(reference, warnings);
                if (command.isPresent() && command.get().name().equals(name)) {
                    return command;
                }
            }
        }
        return Optional.empty();
    }

    /** Every registered command that answers; warnings name those that did not. */
    public static List<Command> all(List<String> warnings) {
        List<Command> commands = new ArrayList<>();
        for (ServiceReference<Command> reference : references()) {
            activate(reference, warnings).ifPresent(commands::add);
        }
        return commands;
    }

    private static Optional<Command> activate(ServiceReference<Command> reference, List<String> warnings) {
        BundleContext context = context();
        try {
            Command service = PluginCalls.ask("command", null, reference, "activation", () -> context
                    .getService(reference));
            if (service == null) {
                return Optional.empty();
            }
            Object declared = reference.getProperty(NAME_PROPERTY);
            String name = declared != null ? declared.toString()
                    : PluginCalls.ask("command", null, reference, "name()", service::name);
            return Optional.of(new BoundedCommand(service, name, reference));
        } catch (PluginFailure e) {
            warnings.add(e.getMessage() + "; it is left out");
            return Optional.empty();
        }
    }

    private static Collection<ServiceReference<Command>> references() {
        BundleContext context = context();
        if (context == null) {
            return List.of();
        }
        try {
            return context.getServiceReferences(Command.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter cannot be invalid", e);
        }
    }

    private static BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(ServiceCommands.class);
        return bundle == null ? null : bundle.getBundleContext();
    }
}
