package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.vwb.core.internal.service.Preparation;
import org.vwb.headless.ExitCodes;
import org.vwb.testing.StandInFiles;

/**
 * Each command validates its file once (as {@code vwb validate} does) and hands the simulator that validation
 * with the configuration: the simulator reads each configuration into one snapshot and validates nothing again.
 * Counted by the simulator's own instrumentation.
 */
class PreparedOnceTest extends StandInPluginTest {

    private long validations;
    private long snapshots;

    private Path file() throws Exception {
        return StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
    }

    private CliRun counted(Object... args) {
        validations = Preparation.validations();
        snapshots = Preparation.snapshots();
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        return run;
    }

    private void assertCounted(long validated, long snapshotted) {
        assertEquals(validated, Preparation.validations() - validations, "validations by the simulator");
        assertEquals(snapshotted, Preparation.snapshots() - snapshots, "snapshots");
    }

    @Test
    void runReadsItsConfigurationIntoOneSnapshotAndValidatesNothingAgain() throws Exception {
        counted("run", file(), "--config", "split", "--duration", "50ms");
        assertCounted(0, 1);
    }

    @Test
    void explainReadsItsConfigurationIntoOneSnapshot() throws Exception {
        counted("explain", file(), "--vm", "legacy-vm", "--device", "net0");
        assertCounted(0, 1);
    }

    @Test
    void compareReadsEachConfigurationOnceAndEachVariantOnce() throws Exception {
        counted("compare", file(), "--duration", "50ms", "--vendors", org.vwb.testing.StandInPlugins.SPLIT);
        // mono and split as written, and mono as the split vendor would ship it (its own validation and snapshot)
        assertCounted(1, 3);
    }
}
