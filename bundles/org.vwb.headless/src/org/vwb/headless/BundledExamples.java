package org.vwb.headless;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The example files a command uses when none is named ({@code examples/...}): in the current folder (vwb's
 * source tree), else in the installation, which ships them beside the launch script.
 */
public final class BundledExamples {

    private BundledExamples() {
    }

    /** The file, from the current folder or from the installation; empty when neither has it. */
    public static Optional<Path> find(Path relative) {
        if (Files.exists(relative)) {
            return Optional.of(relative);
        }
        String installArea = System.getProperty("osgi.install.area");
        if (installArea == null) {
            return Optional.empty();
        }
        try {
            Path installed = Path.of(URI.create(installArea.replace(" ", "%20"))).resolve(relative);
            return Files.exists(installed) ? Optional.of(installed) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Why a default file is missing, for the one-line error. */
    public static String missing(Path relative) {
        return relative + ": no such file in the current folder or in vwb's installation (name a file instead)";
    }
}
