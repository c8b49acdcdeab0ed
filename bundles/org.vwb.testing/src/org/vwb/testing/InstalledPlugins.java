package org.vwb.testing;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The real plugins installed in a test runtime, brought to life as the headless product does: every bundle that
 * declares Declarative Services components is started with its activation policy, so Felix SCR registers them.
 */
public final class InstalledPlugins {

    private InstalledPlugins() {
    }

    /** Starts every component bundle and returns the service of {@code type}, waiting for SCR if needed. */
    public static <S> S start(Class<?> caller, Class<S> type) throws BundleException {
        BundleContext context = FrameworkUtil.getBundle(caller).getBundleContext();
        for (Bundle bundle : context.getBundles()) {
            boolean components = bundle.getHeaders("").get("Service-Component") != null;
            boolean fragment = bundle.getHeaders("").get("Fragment-Host") != null;
            if (components && !fragment && (bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) != 0) {
                bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
            }
        }
        ServiceReference<S> reference = context.getServiceReference(type);
        if (reference == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " service in the test runtime");
        }
        return context.getService(reference);
    }
}
