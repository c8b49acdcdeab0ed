package org.vwb.headless.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The rule that keeps vwb headless: only a {@code *.ui} bundle (or a fragment of one, such as its tests) may
 * depend on SWT, JFace, e4 UI or {@code org.eclipse.ui*}, through any manifest header that wires a dependency.
 */
final class UiDependencyRule {

    private static final List<String> UI_NAMESPACES = List.of("org.eclipse.swt", "org.eclipse.jface",
            "org.eclipse.e4.ui", "org.eclipse.ui");
    private static final List<String> WIRING_HEADERS = List.of("Require-Bundle", "Import-Package",
            "DynamicImport-Package", "Fragment-Host");

    private UiDependencyRule() {
    }

    /** Every violation in the manifests of {@code bundles/*}, one message each, naming bundle and header. */
    static List<String> violationsIn(Path repositoryRoot) throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> folders = Files.list(repositoryRoot.resolve("bundles"))) {
            for (Path manifest : folders.map(f -> f.resolve("META-INF/MANIFEST.MF")).filter(Files::isRegularFile)
                    .sorted().toList()) {
                try (InputStream in = Files.newInputStream(manifest)) {
                    violations.addAll(violationsOf(new Manifest(in)));
                }
            }
        }
        return violations;
    }

    /** The violations of one manifest. */
    static List<String> violationsOf(Manifest manifest) {
        Attributes headers = manifest.getMainAttributes();
        String bundle = firstName(headers.getValue("Bundle-SymbolicName"));
        String host = firstName(headers.getValue("Fragment-Host"));
        boolean testsOfAUiBundle = isUiBundle(host) && bundle != null && bundle.startsWith(host + ".");
        if (isUiBundle(bundle) || testsOfAUiBundle) {
            return List.of();
        }
        List<String> violations = new ArrayList<>();
        for (String header : WIRING_HEADERS) {
            for (String name : names(headers.getValue(header))) {
                if (isUiName(name)) {
                    violations.add("bundle " + bundle + " is not a *.ui bundle but its " + header + " names " + name);
                }
            }
        }
        return violations;
    }

    private static boolean isUiBundle(String name) {
        return name != null && name.endsWith(".ui");
    }

    private static boolean isUiName(String name) {
        String plain = name.endsWith(".*") ? name.substring(0, name.length() - 2) : name;
        return UI_NAMESPACES.stream().anyMatch(ns -> plain.equals(ns) || plain.startsWith(ns + "."));
    }

    private static String firstName(String header) {
        List<String> names = names(header);
        return names.isEmpty() ? null : names.get(0);
    }

    /** The names in a header's clauses: each clause is {@code name[;name]...[;attribute=value]...}. */
    private static List<String> names(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            for (String part : clause.split(";")) {
                if (part.contains("=")) {
                    break;
                }
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        }
        return names;
    }
}
