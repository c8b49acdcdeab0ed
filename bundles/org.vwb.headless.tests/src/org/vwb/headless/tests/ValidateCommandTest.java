package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.vwb.headless.ExitCodes;
import org.vwb.testing.Examples;

class ValidateCommandTest {

    @Test
    void validateExitsZeroAndPrintsOnlyTheSummaryForValidExamples() {
        CliRun run = CliRun.of("validate", Examples.path("seed/esx-vs-hyperv.vwb"),
                Examples.path("hosted/kvm-virtio-vs-e1000.vwb"), Examples.path("hosted/xen-driver-domain.vwb"));
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertEquals("validated 3 files: 3 valid, 0 invalid; 0 errors, 0 warnings\n", run.out());
    }

    @Test
    void validateExitsOneAndNamesTheElementOrLineForEveryInvalidExample() throws Exception {
        List<Path> invalid;
        try (Stream<Path> files = Files.list(Examples.path("invalid"))) {
            invalid = files.filter(f -> f.toString().endsWith(".vwb")).sorted().toList();
        }
        assertFalse(invalid.isEmpty());
        assertAll(invalid.stream().map(file -> (Executable) () -> {
            CliRun run = CliRun.of("validate", file);
            assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
            assertFalse(run.errLines().isEmpty(), run::toString);
            // "error: FILE:LINE: reason" (unreadable) or "error: FILE: ELEMENT: reason" (breaks a rule)
            Pattern problem = Pattern.compile("error: " + Pattern.quote(file.toString()) + "(:\\d+: |: [^:]+: ).+");
            for (String line : run.errLines()) {
                assertTrue(problem.matcher(line).matches(), () -> "not one problem per line: " + run);
            }
            assertTrue(run.out().contains("1 invalid"), run::toString);
        }));
    }

    @Test
    void validateNamesTheElementAndTheRuleOfAnInvalidConfiguration() {
        Path file = Examples.path("invalid/synthetic-in-legacy-guest.vwb");
        CliRun run = CliRun.of("validate", file);
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals(List.of("error: " + file + ": configuration 'hyperv-2008' / virtual machine 'legacy-vm'"
                + " / virtual device 'net0': " + run.err().split("'net0': ", 2)[1].strip()), run.errLines());
        assertTrue(run.err().contains("not enlightened"), run::toString);
    }

    @Test
    void validateNamesTheLineOfAMalformedFileWithoutAStackTrace() {
        Path file = Examples.path("invalid/truncated.vwb");
        CliRun run = CliRun.of("validate", file);
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().matches("error: " + Pattern.quote(file.toString()) + ":\\d+: .+\\R"), run::toString);
    }

    @Test
    void debugAddsTheStackTraceOfAnUnreadableFile() {
        CliRun run = CliRun.of("--debug", "validate", Examples.path("invalid/truncated.vwb"));
        assertEquals(ExitCodes.FAILED, run.exit());
        assertTrue(run.err().contains("\tat "), run::toString);
    }

    @Test
    void validateWarnsAboutOvercommitButExitsZero() {
        Path file = Examples.path("warnings/overcommitted.vwb");
        CliRun run = CliRun.of("validate", file);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertFalse(run.errLines().isEmpty());
        assertTrue(run.errLines().stream().allMatch(l -> l.startsWith("warning: " + file + ": ")), run::toString);
        assertTrue(run.out().contains("1 valid, 0 invalid"), run::toString);
    }

    @Test
    void validateStillChecksTheOtherFilesAfterAMissingOne(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path missing = dir.resolve("missing.vwb");
        CliRun run = CliRun.of("validate", missing, Examples.path("seed/esx-vs-hyperv.vwb"));
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals(List.of("error: " + missing + ": no such file"), run.errLines());
        assertEquals("validated 2 files: 1 valid, 1 invalid; 1 error, 0 warnings\n", run.out());
    }

    @Test
    void validateWithoutAFileIsAUsageError() {
        CliRun run = CliRun.of("validate");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().startsWith("error: missing argument FILE (usage: vwb validate"), run::toString);
        assertEquals(1, run.errLines().size());
    }
}
