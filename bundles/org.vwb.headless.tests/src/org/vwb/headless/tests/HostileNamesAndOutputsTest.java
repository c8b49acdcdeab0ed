package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.TerminalText;
import org.vwb.testing.Examples;
import org.vwb.testing.StandInFiles;

/** Names from files cannot forge output lines, and no command replaces its own input, even with --force. */
class HostileNamesAndOutputsTest extends StandInPluginTest {

    private static final String FORGED = "evil&#10;error: forged&#x1b;[31m";

    @Test
    void controlCharactersAreEscapedAndLineBreaksBecomeVisible() {
        assertEquals("a\\nb\\r\\tc\\u001b[31m\\u202ed\\u0085", TerminalText.escape("a\nb\r\tc\u001b[31m\u202ed\u0085"));
        assertEquals("plain 'name' / ünïcode", TerminalText.escape("plain 'name' / ünïcode"));
    }

    @Test
    void aNewlineOrEscapeInANameCannotForgeASecondErrorLine() throws Exception {
        String seed = Files.readString(Examples.path("seed/esx-vs-hyperv.vwb"));
        // XML 1.1 allows ESC as a character reference; the VM has 0 vCPUs, so validation names it in an error
        Path file = Files.writeString(dir.resolve("forged.vwb"), seed.replace("<?xml version=\"1.0\"",
                "<?xml version=\"1.1\"").replaceFirst("<drivers ", "<virtualMachines name=\"" + FORGED
                        + "\" vcpus=\"0\"/>\n    <drivers "));
        CliRun run = CliRun.of("validate", file);
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("error: " + file + ": configuration 'esxi-3.5' / virtual machine "
                + "'evil\\nerror: forged\\u001b[31m': vcpus 0 is out of range"), run::toString);
    }

    @Test
    void aNewlineInANameStaysInsideItsTableRow() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy\nerror: forged", true);
        CliRun run = CliRun.of("run", file, "--duration", "50ms");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertTrue(run.out().contains("legacy\\nerror: forged"), run::toString);
        assertFalse(run.out().lines().anyMatch(line -> line.startsWith("error: forged")), run::toString);
    }

    @Test
    void runAndCompareNeverReplaceTheirInputEvenWithForce() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        String before = Files.readString(file);
        Path symbolic = Files.createSymbolicLink(dir.resolve("link.vwb"), file);
        Path hard = Files.createLink(dir.resolve("hard.vwb"), file);
        for (Path out : new Path[] {file, symbolic, hard, dir.resolve("sub/../duel.vwb")}) {
            CliRun run = CliRun.of("run", file, "--format", "json", "--out", out, "--force", "--duration", "50ms");
            assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
            assertTrue(run.err().startsWith("error: " + out + ": is also an input of this command"), run::toString);
            CliRun compare = CliRun.of("compare", file, "--html", out, "--force", "--duration", "50ms");
            assertEquals(ExitCodes.FAILED, compare.exit(), compare::toString);
            assertTrue(compare.err().contains(out + ": is also an input of this command"), compare::toString);
        }
        assertEquals(before, Files.readString(file));
        assertTrue(Files.isSymbolicLink(symbolic));
    }

    @Test
    void exportNeverReplacesItsInputEvenWithForce() throws Exception {
        CliRun imported = CliRun.of("import", Examples.path("interchange/esxi-app01.vmx"), "--out", dir);
        assertEquals(ExitCodes.OK, imported.exit(), imported::toString);
        Path model = dir.resolve("esxi-app01.vwb");
        String before = Files.readString(model);
        CliRun run = CliRun.of("export", model, "--format", "ovf", "--out", model, "--force");
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertTrue(run.err().contains("error: " + model + ": is also an input of this command"), run::toString);
        assertEquals(before, Files.readString(model));
    }
}
