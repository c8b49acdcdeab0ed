package org.vwb.plugins.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.ExecutionEnvironmentNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * Why a bundle does not resolve, in the user's words: the mandatory requirements no installed bundle provides
 * ({@code requires package org.vwb.families [1.0.0,2.0.0)}), found with the standard wiring API.
 */
final class Unresolved {

    private static final Pattern NAME = Pattern.compile("\\((osgi\\.wiring\\.(?:package|bundle|host)|osgi\\.ee)="
            + "([^)]+)\\)");
    private static final Pattern LOW = Pattern.compile("\\((?:version|bundle-version)>=([^)]+)\\)");
    private static final Pattern HIGH = Pattern.compile("\\(!\\((?:version|bundle-version)>=([^)]+)\\)\\)");

    private Unresolved() {
    }

    /** One phrase naming what is missing, e.g. {@code requires package org.x [1.0.0,2.0.0)}. */
    static String reason(Bundle bundle, FrameworkWiring wiring) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<String> missing = new ArrayList<>();
        if (revision != null) {
            for (Requirement requirement : revision.getRequirements(null)) {
                if (mandatory(requirement) && wiring.findProviders(requirement).isEmpty()) {
                    missing.add(describe(requirement));
                }
            }
        }
        return missing.isEmpty() ? "does not resolve (a conflict between bundles; see the log)"
                : "does not resolve: requires " + String.join(", ", missing) + ", which no installed bundle provides";
    }

    private static boolean mandatory(Requirement requirement) {
        String namespace = requirement.getNamespace();
        boolean known = namespace.equals(PackageNamespace.PACKAGE_NAMESPACE)
                || namespace.equals(BundleNamespace.BUNDLE_NAMESPACE) || namespace.equals(HostNamespace.HOST_NAMESPACE)
                || namespace.equals(ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE);
        return known && !Namespace.RESOLUTION_OPTIONAL.equals(
                requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
    }

    private static String describe(Requirement requirement) {
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        Matcher name = NAME.matcher(filter);
        if (!name.find()) {
            return requirement.getNamespace() + " " + filter;
        }
        String kind = switch (name.group(1)) {
            case "osgi.wiring.package" -> "package";
            case "osgi.wiring.bundle" -> "bundle";
            case "osgi.wiring.host" -> "host bundle";
            default -> "Java";
        };
        Matcher low = LOW.matcher(filter);
        Matcher high = HIGH.matcher(filter);
        String range = low.find() ? " [" + low.group(1) + "," + (high.find() ? high.group(1) + ")" : "oo)") : "";
        return kind + " " + name.group(2) + range;
    }
}
