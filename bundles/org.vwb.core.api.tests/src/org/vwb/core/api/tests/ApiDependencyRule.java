package org.vwb.core.api.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The rule that keeps plugins buildable from outside: a plugin bundle depends on vwb only through the plugin API
 * ({@code org.vwb.core.api} and its sub-packages) and the model ({@code org.vwb.model}), never on the engine or
 * another vwb bundle. Optional imports of the client API are allowed only where a plugin type's contract test needs
 * them ({@code org.vwb.testing}: report writers' and importers' contract tests), because they do not stop the bundle
 * from resolving against the API alone.
 */
final class ApiDependencyRule {

    /** The bundles that are plugins (or their contract tests) and so must build against the API alone. */
    static final List<String> PLUGIN_BUNDLES = List.of("org.vwb.devices.emulated", "org.vwb.devices.synthetic",
            "org.vwb.drivers", "org.vwb.vendors", "org.vwb.costmodels", "org.vwb.testing");

    private static final Set<String> MAY_IMPORT_CLIENT_API_OPTIONALLY = Set.of("org.vwb.testing");
    private static final List<String> WIRING_HEADERS = List.of("Require-Bundle", "Import-Package",
            "DynamicImport-Package");

    private ApiDependencyRule() {
    }

    /** Every violation in the manifests of the plugin bundles under {@code bundles/}, one message each. */
    static List<String> violationsIn(Path repositoryRoot) throws IOException {
        List<String> violations = new ArrayList<>();
        for (String bundle : PLUGIN_BUNDLES) {
            Path manifest = repositoryRoot.resolve("bundles").resolve(bundle).resolve("META-INF/MANIFEST.MF");
            try (InputStream in = Files.newInputStream(manifest)) {
                violations.addAll(violationsOf(new Manifest(in)));
            }
        }
        return violations;
    }

    /** The violations of one plugin bundle's manifest. */
    static List<String> violationsOf(Manifest manifest) {
        Attributes headers = manifest.getMainAttributes();
        String bundle = ManifestClauses.of(headers.getValue("Bundle-SymbolicName")).get(0).name();
        List<String> violations = new ArrayList<>();
        for (String header : WIRING_HEADERS) {
            for (ManifestClauses.Clause clause : ManifestClauses.of(headers.getValue(header))) {
                if (isVwb(clause.name()) && !isApi(clause.name()) && !allowedOptional(bundle, header, clause)) {
                    violations.add("plugin bundle " + bundle + " depends on " + clause.name() + " through its "
                            + header + ": a plugin may use only org.vwb.core.api* and org.vwb.model*");
                }
            }
        }
        return violations;
    }

    /** Whether a bundle or package name is part of what a plugin may build against. */
    static boolean isApi(String name) {
        return within(name, "org.vwb.core.api") || within(name, "org.vwb.model") && !name.contains(".impl");
    }

    private static boolean allowedOptional(String bundle, String header, ManifestClauses.Clause clause) {
        return MAY_IMPORT_CLIENT_API_OPTIONALLY.contains(bundle) && header.equals("Import-Package")
                && clause.optional() && !clause.name().contains(".internal");
    }

    private static boolean isVwb(String name) {
        return within(name, "org.vwb");
    }

    private static boolean within(String name, String namespace) {
        String plain = name.endsWith(".*") ? name.substring(0, name.length() - 2) : name;
        return plain.equals(namespace) || plain.startsWith(namespace + ".");
    }
}
