package org.vwb.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository's {@code examples/} folder from a test running inside OSGi. The build passes the
 * repository root as system property {@code vwb.root}; without it, the working directory's ancestors are searched.
 */
public final class Examples {

    private Examples() {
    }

    /** A file or folder under {@code examples/}, which must exist. */
    public static Path path(String relative) {
        Path file = root().resolve("examples").resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException("missing example " + file);
        }
        return file;
    }

    /** The repository root. */
    public static Path root() {
        String configured = System.getProperty("vwb.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "examples"))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.isDirectory(dir.resolve("bundles"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the vwb repository root (set -Dvwb.root)");
    }
}
