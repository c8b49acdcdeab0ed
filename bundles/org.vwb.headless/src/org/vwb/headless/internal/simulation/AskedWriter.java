package org.vwb.headless.internal.simulation;

import java.io.IOException;
import java.io.OutputStream;

import org.vwb.core.Comparison;
import org.vwb.core.PluginCalls;
import org.vwb.report.ReportWriter;

/**
 * An installed report writer whose format was asked once (bounded); every further call is bounded and names the
 * writer's bundle, as {@link PluginCalls} does.
 */
final class AskedWriter implements ReportWriter {

    private final ReportWriter plugin;
    private final String format;

    AskedWriter(ReportWriter plugin, String format) {
        this.plugin = plugin;
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public String mediaType() {
        return PluginCalls.ask("report writer", format, plugin, "mediaType()", plugin::mediaType);
    }

    @Override
    public String description() {
        return PluginCalls.ask("report writer", format, plugin, "description()", plugin::description);
    }

    @Override
    public void write(Comparison comparison, OutputStream out) throws IOException {
        PluginCalls.ask("report writer", format, plugin, "write()", () -> {
            plugin.write(comparison, out);
            return null;
        });
    }

    /** The writer's service object, whose class names its bundle. */
    ReportWriter plugin() {
        return plugin;
    }
}
