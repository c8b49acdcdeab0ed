package org.vwb.plugins.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.vwb.core.PluginCalls;
import org.vwb.core.PluginFailure;

/**
 * Activates each component of a newly installed plugin once, so that one which throws while being created (or
 * does not finish within the plugin time-out) is named at install time, not in the middle of someone's run.
 * Components are found through Felix SCR's {@link ServiceComponentRuntime}; a service component is activated by
 * getting its service, bounded and named by {@link PluginCalls}, then released again.
 */
final class ComponentActivation {

    private final BundleContext context;
    private final ServiceComponentRuntime runtime;

    ComponentActivation(BundleContext context, ServiceComponentRuntime runtime) {
        this.context = context;
        this.runtime = runtime;
    }

    /** One line per component of the bundle that failed to activate, naming the plugin, component and cause. */
    List<String> failures(Bundle bundle) {
        List<String> failures = new ArrayList<>();
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs(bundle)) {
            for (ServiceReference<?> reference : references(description.name)) {
                try {
                    Object service = PluginCalls.ask("plugin", null, reference, "activation",
                            () -> context.getService(reference));
                    if (service != null) {
                        context.ungetService(reference);
                    }
                } catch (PluginFailure e) {
                    failures.add(e.getMessage());
                }
            }
            for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    failures.add(FrameworkChanges.label(bundle) + " (component " + description.name
                            + ") failed at activation: " + firstLine(configuration.failure));
                }
            }
        }
        return failures;
    }

    private List<ServiceReference<?>> references(String componentName) {
        try {
            ServiceReference<?>[] found = context.getAllServiceReferences(null, "(component.name="
                    + componentName.replaceAll("([\\\\()*])", "\\\\$1") + ")");
            return found == null ? List.of() : List.of(found);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("an escaped component name makes a valid filter", e);
        }
    }

    /**
     * The root cause's line of the stack trace Felix SCR keeps ({@code Caused by: X: message}), since its first
     * line is only the reflection wrapper of the constructor that threw.
     */
    private static String firstLine(String failure) {
        if (failure == null || failure.isBlank()) {
            return "(no reason given)";
        }
        String cause = failure.strip().split("\\R", 2)[0];
        for (String line : failure.split("\\R")) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length()).strip();
            }
        }
        return cause;
    }
}
