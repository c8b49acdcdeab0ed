package org.vwb.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The services a running framework offers, as Felix SCR registered them. SCR activates components
 * asynchronously, so a test waits a bounded time for the number it expects instead of racing the runtime.
 */
public final class RegisteredServices {

    private static final long TIMEOUT_MILLIS = 10_000;

    private RegisteredServices() {
    }

    /**
     * Every service of a type seen from the bundle of {@code caller}, once at least {@code expected} are
     * registered; fewer after the time-out is returned as it is, for the test to fail with what it saw.
     */
    public static <S> List<S> atLeast(Class<?> caller, Class<S> type, int expected) {
        BundleContext context = FrameworkUtil.getBundle(caller).getBundleContext();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        Collection<ServiceReference<S>> references = references(context, type);
        while (references.size() < expected && System.currentTimeMillis() < deadline) {
            pause();
            references = references(context, type);
        }
        List<S> services = new ArrayList<>(references.size());
        for (ServiceReference<S> reference : references) {
            S service = context.getService(reference);
            if (service != null) {
                services.add(service);
            }
        }
        return services;
    }

    private static <S> Collection<ServiceReference<S>> references(BundleContext context, Class<S> type) {
        try {
            return context.getServiceReferences(type, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter cannot be invalid", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for services", e);
        }
    }
}
