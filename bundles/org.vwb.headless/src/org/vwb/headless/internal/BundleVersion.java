package org.vwb.headless.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** vwb's version is the headless bundle's version, so the two can never disagree. */
public final class BundleVersion {

    private BundleVersion() {
    }

    /** The version of the bundle that holds this class, or "unknown" outside OSGi. */
    public static String current() {
        Bundle bundle = FrameworkUtil.getBundle(BundleVersion.class);
        return bundle == null ? "unknown" : bundle.getVersion().toString();
    }
}
