package org.vwb.testing.broken;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Enables one of the broken components for the length of a test, through Felix SCR's
 * {@link ServiceComponentRuntime}: the plugin is a real DS component of this bundle, registered and bound as a
 * third party's would be.
 *
 * <pre>
 * try (BrokenPlugins broken = BrokenPlugins.enable(SilentVendorProfile.class)) { ... }
 * </pre>
 */
public final class BrokenPlugins implements AutoCloseable {

    private static final long WAIT_MILLIS = 10_000;

    private final BundleContext context;
    private final ServiceComponentRuntime runtime;
    private final ComponentDescriptionDTO description;

    private BrokenPlugins(BundleContext context, ServiceComponentRuntime runtime,
            ComponentDescriptionDTO description) {
        this.context = context;
        this.runtime = runtime;
        this.description = description;
    }

    /** Enables the component implemented by {@code component} and waits until its service is registered. */
    public static BrokenPlugins enable(Class<?> component) {
        BundleContext context = FrameworkUtil.getBundle(BrokenPlugins.class).getBundleContext();
        ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(
                ServiceComponentRuntime.class);
        if (reference == null) {
            throw new IllegalStateException("Felix SCR is not running");
        }
        ServiceComponentRuntime runtime = context.getService(reference);
        ComponentDescriptionDTO description = null;
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (description == null && System.currentTimeMillis() < deadline) {
            description = runtime.getComponentDescriptionDTO(context.getBundle(), component.getName());
            if (description == null) {
                pause();
            }
        }
        if (description == null) {
            throw new IllegalStateException("no component " + component.getName() + " in " + context.getBundle());
        }
        BrokenPlugins broken = new BrokenPlugins(context, runtime, description);
        broken.await(runtime.enableComponent(description), true);
        return broken;
    }

    /** The component's name, as messages about it show it. */
    public String componentName() {
        return description.name;
    }

    @Override
    public void close() {
        await(runtime.disableComponent(description), false);
    }

    private void await(org.osgi.util.promise.Promise<Void> done, boolean registered) {
        try {
            done.getValue();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (isRegistered() != registered && System.currentTimeMillis() < deadline) {
            pause();
        }
    }

    private boolean isRegistered() {
        try {
            return context.getAllServiceReferences(null, "(component.name=" + description.name + ")") != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
