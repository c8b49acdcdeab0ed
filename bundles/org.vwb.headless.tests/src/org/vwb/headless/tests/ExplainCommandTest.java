package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.headless.ExitCodes;
import org.vwb.testing.StandInFiles;

class ExplainCommandTest extends StandInPluginTest {

    @Test
    void explainListsEveryStepOfAnEmulatedRequestWithTotalsPerContext() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        CliRun run = CliRun.of("explain", file, "--config", "split", "--vm", "legacy-vm", "--device", "net0");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("configuration 'split', legacy-vm / net0 (stand-in-nic): one request, "),
                run::toString);
        assertTrue(run.out().contains(" VM_EXIT ") && run.out().contains(" PARTITION_SWITCH "), run::toString);
        assertTrue(run.out().matches("(?s).*\ncontext +steps +cycles +time ns\n.*\nworker .*\ntotal .*"),
                run::toString);
    }

    @Test
    void anUnknownVmOrDeviceIsNamedWithTheOnesThereAre() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        CliRun vm = CliRun.of("explain", file, "--vm", "ghost", "--device", "net0");
        assertEquals(ExitCodes.FAILED, vm.exit());
        assertEquals(List.of("error: " + file + ": configuration 'mono' has no virtual machine 'ghost' (it has "
                + "'legacy-vm', 'enlightened-vm')"), vm.errLines());
        CliRun device = CliRun.of("explain", file, "--vm", "legacy-vm", "--device", "sd0");
        assertEquals(ExitCodes.FAILED, device.exit());
        assertEquals(List.of("error: " + file + ": configuration 'mono' / virtual machine 'legacy-vm' has no device "
                + "'sd0' (it has 'net0')"), device.errLines());
    }

    @Test
    void explainWithoutVmOrDeviceIsAUsageError() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        CliRun run = CliRun.of("explain", file, "--vm", "legacy-vm");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().startsWith("error: missing option --device NAME (usage: vwb explain"), run::toString);
    }
}
