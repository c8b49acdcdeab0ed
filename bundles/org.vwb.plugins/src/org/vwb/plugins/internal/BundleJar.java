package org.vwb.plugins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Version;
import org.vwb.plugins.InstallException;

/**
 * A bundle jar on disk, known by its manifest.
 *
 * @param file         the jar
 * @param symbolicName its Bundle-SymbolicName without directives
 * @param version      its Bundle-Version, normalized ({@code 1.0} is {@code 1.0.0})
 * @param sourceBundle whether it carries only sources ({@code Eclipse-SourceBundle}), which nothing loads
 */
record BundleJar(Path file, String symbolicName, String version, boolean sourceBundle) {

    /** The jar's name in the store of installed plugins: unique per symbolic name and version. */
    String storeName() {
        return symbolicName + "_" + version + ".jar";
    }

    String label() {
        return symbolicName + " " + version;
    }

    /** Reads a jar's manifest; a file that is not a readable OSGi bundle is refused, naming the file. */
    static BundleJar read(Path file) throws InstallException {
        if (!Files.isRegularFile(file)) {
            throw new InstallException(file + ": not a file");
        }
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest manifest = jar.getManifest();
            Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName");
            if (name == null || name.isBlank()) {
                throw new InstallException(file + ": not an OSGi bundle (its manifest has no Bundle-SymbolicName)");
            }
            String version = main.getValue("Bundle-Version");
            try {
                version = Version.parseVersion(version == null ? null : version.strip()).toString();
            } catch (IllegalArgumentException e) {
                throw new InstallException(file + ": Bundle-Version '" + version + "' is not a version");
            }
            return new BundleJar(file, name.split(";", 2)[0].strip(), version,
                    main.getValue("Eclipse-SourceBundle") != null);
        } catch (IOException e) {
            throw new InstallException(file + ": not a readable jar: " + e.getMessage());
        }
    }
}
