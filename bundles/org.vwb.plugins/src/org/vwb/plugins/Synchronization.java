package org.vwb.plugins;

import java.util.List;

/**
 * What {@link PluginInstaller#synchronize()} did.
 *
 * @param changes  one line per plugin installed, updated or uninstalled, e.g. {@code installed org.example 1.0.0
 *                 from dropins/org.example.jar}
 * @param problems one line per plugin left out, naming it and why (it does not resolve, its activation failed)
 * @since 0.1.0
 */
public record Synchronization(List<String> changes, List<String> problems) {

    public Synchronization {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** Whether nothing changed and nothing went wrong. */
    public boolean quiet() {
        return changes.isEmpty() && problems.isEmpty();
    }
}
