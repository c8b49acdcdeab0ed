package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.vwb.headless.ExitCodes;
import org.vwb.testing.Examples;
import org.vwb.testing.StandInFiles;

/** validate and run read only what the command line names: a file, or standard input for {@code -}. */
class StandardInputTest extends StandInPluginTest {

    /** Only a guard against the hang a FIFO would cause if it were opened. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void validateReadsTheModelFromStandardInputForADash() throws Exception {
        CliRun run = withStdin(Examples.path("seed/esx-vs-hyperv.vwb"), () -> CliRun.of("validate", "-"));
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals("validated 1 file: 1 valid, 0 invalid; 0 errors, 0 warnings\n", run.out());
    }

    @Test
    void validateNamesStandardInputInItsErrors() throws Exception {
        CliRun run = withStdin(Examples.path("invalid/truncated.vwb"), () -> CliRun.of("validate", "-"));
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertTrue(run.err().startsWith("error: <stdin>:"), run::toString);
    }

    @Test
    void runReadsTheModelFromStandardInputForADash() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        CliRun run = withStdin(file, () -> CliRun.of("run", "-", "--duration", "50ms"));
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertTrue(run.out().contains("(<stdin>)") && run.out().contains("legacy-vm"), run::toString);
    }

    @Test
    void compareAndExplainNameStandardInputInTheirErrors() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        CliRun explain = withStdin(file, () -> CliRun.of("explain", "-", "--vm", "no-such-vm", "--device", "nic"));
        assertEquals(ExitCodes.FAILED, explain.exit(), explain::toString);
        assertTrue(explain.err().startsWith("error: <stdin>: configuration '"), explain::toString);
        CliRun compare = withStdin(file, () -> CliRun.of("compare", "-", "--duration", "50ms"));
        assertEquals(ExitCodes.OK, compare.exit(), compare::toString);
        assertTrue(compare.out().contains("(<stdin>): 0.05 s simulated"), compare::toString);
    }

    @Test
    void aFifoOnTheCommandLineIsAnErrorNotAHang() throws Exception {
        Path fifo = dir.resolve("model.vwb");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        for (Object[] args : new Object[][] {{"validate", fifo}, {"run", fifo}, {"compare", fifo},
            {"explain", fifo, "--vm", "a", "--device", "b"}}) {
            CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.of(args));
            assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
            assertTrue(run.err().startsWith("error: " + fifo + ": is not a regular file"), run::toString);
        }
    }

    @Test
    void anotherProductsFileGivenToValidateOrRunPointsToImport() {
        for (String example : new String[] {"interchange/esxi-app01.vmx", "interchange/libvirt-qemu-legacy.xml",
            "interchange/virtualbox-ubuntu.ovf", "interchange/virtualbox-appliance.ova"}) {
            for (String command : new String[] {"validate", "run"}) {
                CliRun run = CliRun.of(command, Examples.path(example));
                assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
                assertTrue(run.err().contains(": is a") && run.err().contains(", not a vwb model; convert it with "
                        + "'vwb import'"), run::toString);
            }
        }
    }

    private static CliRun withStdin(Path content, Callable<CliRun> command) throws Exception {
        InputStream original = System.in;
        try (InputStream in = Files.newInputStream(content)) {
            System.setIn(in);
            return command.call();
        } finally {
            System.setIn(original);
        }
    }
}
