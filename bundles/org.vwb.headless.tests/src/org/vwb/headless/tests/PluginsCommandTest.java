package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vwb.headless.ExitCodes;
import org.vwb.testing.StandInPlugins;

class PluginsCommandTest {

    @Test
    void pluginsListsEveryKindOfPluginWithItsBundleAndVersion() {
        try (StandInPlugins plugins = StandInPlugins.registerDuel()) {
            CliRun run = CliRun.of("plugins");
            assertEquals(ExitCodes.OK, run.exit(), run::toString);
            for (String line : List.of("device model +stand-in-nic +org.vwb.testing", "vendor profile +stand-in.split",
                    "cost model +stand-in-generation", "driver placement +PARENT_PARTITION",
                    "report writer +html +org.vwb.report +0\\.1\\.0", "report writer +json", "report writer +csv")) {
                assertTrue(run.out().lines().anyMatch(l -> l.matches(line + ".*")), () -> line + " in\n" + run);
            }
        }
    }

    @Test
    void pluginsAsJsonIsOneArrayOfObjectsHeldToThePublishedSchema() throws Exception {
        CliRun run = CliRun.of("plugins", "--format", "json");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals(List.of(), SimulationTestSupport.schemaProblems("plugins", run.out()));
        assertEquals(1.0, SimulationTestSupport.object(run.out()).get("schemaVersion"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> plugins = (List<Map<String, Object>>) SimulationTestSupport.object(run.out())
                .get("plugins");
        assertTrue(plugins.stream().anyMatch(p -> p.get("type").equals("report writer") && p.get("id").equals("csv")));
        assertTrue(plugins.stream().allMatch(p -> p.keySet().equals(java.util.Set.of("type", "id", "bundle", "version",
                "description"))));
    }

    @Test
    void pluginsRefusesOperandsAndUnknownFormats() {
        assertEquals(ExitCodes.USAGE, CliRun.of("plugins", "extra").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("plugins", "--format", "csv").exit());
    }
}
