package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.ExitCodes;

class OutputFilesTest {

    private static final CommandRegistry ECHO = CommandRegistry.of(List.of(new EchoCommand()));

    @TempDir
    Path dir;

    private List<String> folder() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void outWritesTheMachineOutputToAFileAndNothingToStdout() throws Exception {
        Path target = dir.resolve("sub/words.txt");
        CliRun run = CliRun.with(ECHO, "echo", "--out", target, "a");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals("a\n", Files.readString(target));
        assertEquals(List.of("sub"), folder());
    }

    @Test
    void existingOutputFileIsKeptWithoutForce() throws Exception {
        Path target = dir.resolve("words.txt");
        Files.writeString(target, "old\n");
        CliRun run = CliRun.with(ECHO, "echo", "--out=" + target, "a");
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals("error: " + target + ": exists (use --force to replace it)", run.errLines().get(1));
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("words.txt"), folder(), "no temporary file is left behind");
    }

    @Test
    void forceReplacesTheOutputFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("words.txt");
        Files.writeString(target, "old\n");
        CliRun run = CliRun.with(ECHO, "echo", "-o", target, "--force", "a", "b");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals("a\nb\n", Files.readString(target));
        assertEquals(List.of("words.txt"), folder());
    }

    @Test
    void outputIntoAFolderThatCannotBeCreatedIsOneLineNamingTheFile() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "");
        CliRun run = CliRun.with(ECHO, "echo", "--quiet", "--out", blocker.resolve("words.txt"), "a");
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals(List.of("error: " + blocker.resolve("words.txt") + ": cannot be written (" + blocker
                + " is not a folder)"), run.errLines(), run::toString);
    }
}
