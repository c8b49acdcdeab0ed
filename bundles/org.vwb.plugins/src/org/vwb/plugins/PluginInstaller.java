package org.vwb.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Installs and uninstalls plugins in the running framework and keeps them installed for later commands. Installed
 * plugins live in the user's cache (a copy of each jar and a list of where it came from), so no configuration file
 * is edited by hand; a {@code dropins/} folder beside the installation is picked up too. Every change is
 * all-or-nothing: the bundles of one {@link #install} resolve, start and activate their components together, or
 * none of them stays installed and the failure names the bundle and the reason.
 *
 * @since 0.1.0
 */
@ProviderType
public interface PluginInstaller {

    /**
     * Installs every bundle of a source: a bundle jar, a folder of bundle jars, or a local p2 repository (a folder
     * or {@code file:} URL holding {@code artifacts.jar} or {@code artifacts.xml}). From a p2 repository, source
     * bundles and bundles vwb already has are skipped.
     *
     * @return the plugins now installed from it, each active (its components can be activated)
     * @throws InstallException naming the file or bundle and the reason; nothing stays installed
     */
    List<InstalledPlugin> install(String source) throws InstallException;

    /**
     * Uninstalls installed plugins by symbolic name: their services go away (live runs park the devices that used
     * them) and later commands no longer load them.
     *
     * @throws InstallException if one is not installed, comes from the dropins folder, or another plugin needs it;
     *                          then nothing is uninstalled
     */
    List<InstalledPlugin> uninstall(List<String> symbolicNames) throws InstallException;

    /** Every installed plugin and every plugin in the dropins folder, with where it came from and its state. */
    List<InstalledPlugin> installed();

    /**
     * Brings the running framework in line with the installed plugins and the dropins folder: what was installed
     * by another process or dropped in is installed, what was uninstalled or removed is uninstalled, a changed
     * dropin is updated.
     */
    Synchronization synchronize();

    /** The dropins folder of this installation, if it has one. */
    Optional<Path> dropins();
}
