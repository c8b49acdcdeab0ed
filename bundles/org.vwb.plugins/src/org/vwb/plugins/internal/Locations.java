package org.vwb.plugins.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The bundle locations that mark a bundle as the user's: {@code vwb:installed:JAR} for an installed plugin (the
 * jar's name in the store) and {@code vwb:dropins:PATH} for a dropin. Every other bundle is vwb's own or the
 * platform's, and no plugin may replace it.
 */
final class Locations {

    static final String INSTALLED = "vwb:installed:";
    static final String DROPINS = "vwb:dropins:";

    private Locations() {
    }

    static String installed(String storeName) {
        return INSTALLED + storeName;
    }

    static String dropin(Path file) {
        return DROPINS + file.toAbsolutePath().normalize();
    }

    static boolean isUsers(Bundle bundle) {
        return bundle.getLocation().startsWith(INSTALLED) || bundle.getLocation().startsWith(DROPINS);
    }

    /** The user's bundles in the framework, by location. */
    static Map<String, Bundle> users(BundleContext context) {
        Map<String, Bundle> bundles = new LinkedHashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (isUsers(bundle)) {
                bundles.put(bundle.getLocation(), bundle);
            }
        }
        return bundles;
    }

    /** The installed bundles of a symbolic name, vwb's own and the user's. */
    static List<Bundle> named(BundleContext context, String symbolicName) {
        List<Bundle> bundles = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                bundles.add(bundle);
            }
        }
        return bundles;
    }

    /** A bundle's state in the words {@code vwb plugins} shows. */
    static String state(Optional<Bundle> bundle, FrameworkWiring wiring) {
        if (bundle.isEmpty()) {
            return "not loaded";
        }
        return switch (bundle.get().getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.STARTING -> "lazy";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> Unresolved.reason(bundle.get(), wiring);
            default -> "stopping";
        };
    }
}
