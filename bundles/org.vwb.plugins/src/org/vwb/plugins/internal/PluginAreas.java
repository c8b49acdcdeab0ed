package org.vwb.plugins.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where installed plugins and dropins live. Installed plugins: {@code vwb.plugins.area} if set, else
 * {@code $XDG_CACHE_HOME/vwb/plugins} (or {@code ~/.cache/vwb/plugins}): per user, beside Equinox's cache but not
 * inside one build's folder of it, so plugins stay installed when the product is rebuilt or upgraded. Dropins:
 * {@code vwb.dropins} if set, else {@code dropins/} in the installation ({@code osgi.install.area}).
 */
final class PluginAreas {

    static final String AREA_PROPERTY = "vwb.plugins.area";
    static final String DROPINS_PROPERTY = "vwb.dropins";

    private PluginAreas() {
    }

    static Path installed() {
        String area = System.getProperty(AREA_PROPERTY);
        if (area != null && !area.isBlank()) {
            return Path.of(area);
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("vwb").resolve("plugins");
    }

    static Optional<Path> dropins() {
        String dropins = System.getProperty(DROPINS_PROPERTY);
        if (dropins != null) {
            return dropins.isBlank() ? Optional.empty() : Optional.of(Path.of(dropins));
        }
        String install = System.getProperty("osgi.install.area");
        if (install == null || !install.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(URI.create(install.replace(" ", "%20"))).resolve("dropins"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
