package org.vwb.headless.internal.interchange;

import java.util.ArrayList;
import java.util.List;

import org.vwb.headless.internal.Services;
import org.vwb.interchange.ConfigurationExporter;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.Interchange;

/**
 * The importers and exporters the command line uses: the built-in ones, always, plus those other bundles
 * register as services for formats vwb does not know. The built-ins do not come from the service registry
 * because SCR activates them asynchronously, and a command line must not depend on that race; as with
 * commands, a plugin cannot replace a built-in format behind the user's back.
 */
public final class InstalledInterchange {

    private InstalledInterchange() {
    }

    public static Interchange get() {
        Interchange builtIn = Interchange.builtIn();
        List<ConfigurationImporter> importers = new ArrayList<>(builtIn.importers());
        for (ConfigurationImporter service : Services.all(ConfigurationImporter.class)) {
            if (importers.stream().noneMatch(i -> i.id().equals(service.id()))) {
                importers.add(service);
            }
        }
        List<ConfigurationExporter> exporters = new ArrayList<>(builtIn.exporters());
        for (ConfigurationExporter service : Services.all(ConfigurationExporter.class)) {
            if (exporters.stream().noneMatch(e -> e.format().equalsIgnoreCase(service.format()))) {
                exporters.add(service);
            }
        }
        return new Interchange(importers, exporters);
    }
}
