package org.vwb.core.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.vwb.core.PluginFailure;
import org.vwb.core.PluginInfo;
import org.vwb.core.internal.plugins.Bounded;
import org.vwb.core.internal.plugins.Guarded;
import org.vwb.core.internal.plugins.PluginIdentity;

/**
 * The lines of {@code vwb plugins} for the simulator's plugins: each plugin asked for its description on a
 * watched thread of its own, all at once, so one that throws or never answers marks its own line (and costs the
 * listing one time-out at most) instead of breaking the listing.
 */
final class PluginListing {

    private record Asked(PluginIdentity identity, String type, Bounded.Watched<String, RuntimeException> answer) {
    }

    private final List<Asked> asked = new ArrayList<>();

    /** Asks a wrapped plugin for its description, on a thread of its own. */
    void ask(Object plugin, String type, Supplier<String> description) {
        asked.add(new Asked(((Guarded) plugin).identity(), type, Bounded.submit(description::get)));
    }

    /** One line per plugin asked; a description that failed or did not come says so in its place. */
    List<PluginInfo> answers() {
        List<PluginInfo> infos = new ArrayList<>();
        for (Asked plugin : asked) {
            String description;
            try {
                description = plugin.answer().await();
            } catch (PluginFailure e) {
                description = "(unavailable: " + e.getMessage() + ")";
            }
            infos.add(new PluginInfo(plugin.type(), plugin.identity().id(), description, plugin.identity().bundle(),
                    plugin.identity().version()));
        }
        return infos;
    }
}
