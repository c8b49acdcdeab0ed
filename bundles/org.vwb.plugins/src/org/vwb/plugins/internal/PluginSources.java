package org.vwb.plugins.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.vwb.plugins.InstallException;

/**
 * What one {@code install} operand stands for: a bundle jar, a folder of bundle jars, or a local p2 repository
 * (a folder or {@code file:} URL). Only local sources: vwb fetches nothing from the network.
 */
final class PluginSources {

    private PluginSources() {
    }

    /** The operand as a local path; a URL other than {@code file:} is refused. */
    static Path path(String source) throws InstallException {
        try {
            if (source.startsWith("file:")) {
                return Path.of(URI.create(source)).toAbsolutePath().normalize();
            }
            if (source.matches("[A-Za-z][A-Za-z0-9+.-]+://.*")) {
                throw new InstallException(source + ": only local plugins can be installed (a jar, a folder of jars,"
                        + " or a p2 repository as a folder or file: URL)");
            }
            return Path.of(source).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            throw new InstallException(source + ": not a path or file: URL: " + e.getMessage());
        }
    }

    /**
     * The bundle jars of a source, each read. A p2 repository's source bundles are left out (nothing loads them);
     * a folder's jars must all be bundles.
     */
    static List<BundleJar> bundles(Path source) throws InstallException {
        if (Files.isRegularFile(source)) {
            return List.of(BundleJar.read(source));
        }
        if (!Files.isDirectory(source)) {
            throw new InstallException(source + ": no such file or folder");
        }
        List<BundleJar> jars = new ArrayList<>();
        if (P2Artifacts.isRepository(source)) {
            for (Path jar : P2Artifacts.bundles(source)) {
                BundleJar bundle = BundleJar.read(jar);
                if (!bundle.sourceBundle()) {
                    jars.add(bundle);
                }
            }
        } else {
            for (Path jar : jarsIn(source)) {
                jars.add(BundleJar.read(jar));
            }
        }
        if (jars.isEmpty()) {
            throw new InstallException(source + ": holds no bundle jar");
        }
        return jars;
    }

    /** The {@code *.jar} files directly in a folder, by name. */
    static List<Path> jarsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
