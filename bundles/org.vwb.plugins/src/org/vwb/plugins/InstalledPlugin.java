package org.vwb.plugins;

/**
 * One plugin bundle installed by the user.
 *
 * @param symbolicName its bundle symbolic name, which {@code vwb plugins uninstall} takes
 * @param version      its bundle version
 * @param origin       how it came: installed by command, or dropped into the dropins folder
 * @param source       where it came from: the file, folder or repository it was installed from, or its dropin file
 * @param state        {@code active}, {@code lazy} (started, loaded on first use), {@code resolved}, or why it
 *                     does not run (e.g. {@code not resolved: requires package org.example [1.0,2.0)})
 * @since 0.1.0
 */
public record InstalledPlugin(String symbolicName, String version, Origin origin, String source, String state) {

    /** How a plugin came into vwb, which says how it leaves. */
    public enum Origin {
        /** {@code vwb plugins install}, the shell or the workbench: {@code vwb plugins uninstall ID} removes it. */
        INSTALLED,
        /** A jar in the dropins folder: deleting the file removes it. */
        DROPINS
    }

    /** How the user removes this plugin, as a command or an instruction. */
    public String howToRemove() {
        return origin == Origin.INSTALLED ? "vwb plugins uninstall " + symbolicName : "delete " + source;
    }
}
