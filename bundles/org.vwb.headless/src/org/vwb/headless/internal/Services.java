package org.vwb.headless.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Looks up OSGi services for one command line. A command line lives for one call, so services are looked up
 * when needed rather than tracked; outside OSGi (plain unit tests) there are none.
 */
public final class Services {

    private static final long POLL_MILLIS = 50;

    private Services() {
    }

    /** Every registered service of a type, in ranking order; none outside OSGi. */
    public static <S> List<S> all(Class<S> type) {
        BundleContext context = context();
        if (context == null) {
            return List.of();
        }
        List<S> services = new ArrayList<>();
        try {
            for (ServiceReference<S> reference : context.getServiceReferences(type, null)) {
                S service = context.getService(reference);
                if (service != null) {
                    services.add(service);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter cannot be invalid", e);
        }
        return services;
    }

    /**
     * The service of a type, waiting up to {@code timeoutMillis} for it. The bundle that defines the type is
     * started first (it may be lazy and not yet asked for anything), and Felix SCR registers its components
     * asynchronously, so an immediate look-up could miss a service that is about to appear.
     */
    public static <S> Optional<S> await(Class<S> type, long timeoutMillis) {
        activate(FrameworkUtil.getBundle(type));
        long deadline = System.currentTimeMillis() + timeoutMillis;
        List<S> found = all(type);
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = all(type);
        }
        return found.stream().findFirst();
    }

    private static void activate(Bundle bundle) {
        if (bundle != null && bundle.getState() != Bundle.ACTIVE) {
            try {
                bundle.start(Bundle.START_TRANSIENT); // transient: a read-only installation stays unchanged
            } catch (BundleException | IllegalStateException e) {
                // not startable here: the look-up simply finds nothing, which callers handle
            }
        }
    }

    private static BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
        return bundle == null ? null : bundle.getBundleContext();
    }
}
