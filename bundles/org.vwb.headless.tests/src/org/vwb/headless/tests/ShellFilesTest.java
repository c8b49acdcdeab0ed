package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.headless.Command;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;

/**
 * The bash completion and the manual page are written from the commands' own help: each lists every installed
 * command and its options (the product's build checks the same of the product's commands, smoke-test.sh).
 */
class ShellFilesTest {

    @TempDir
    Path temp;

    @Test
    void completionOffersEveryInstalledCommandAndEachOfItsOptions() {
        CliRun run = CliRun.of("completion", "bash");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        String commandsLine = run.out().lines().filter(l -> l.startsWith("  local commands='")).findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        List<String> listed = List.of(commandsLine.replaceAll(".*='(.*)'", "$1").split(" "));
        for (Command command : CommandRegistry.installed().all()) {
            assertTrue(listed.contains(command.name()), command.name() + " not in " + listed);
            String branch = run.out().substring(run.out().indexOf("\n    " + command.name() + ")\n"));
            String opts = branch.lines().skip(2).findFirst().orElseThrow();
            for (Option option : command.options()) {
                assertTrue(opts.contains(" --" + option.name() + " ") || opts.contains("'--" + option.name() + " "),
                        command.name() + " --" + option.name() + " in " + opts);
            }
        }
        assertTrue(listed.contains("help"));
    }

    @Test
    void theCompletionScriptRunsInBashAndCompletesCommandsOptionChoicesAndFiles() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path script = Files.writeString(temp.resolve("vwb"), CliRun.of("completion", "bash").out());
        Files.createFile(temp.resolve("model.vwb"));
        assertEquals(List.of("compare", "completion"), complete(script, "vwb", "comp"));
        assertEquals(List.of("text", "json", "csv"), complete(script, "vwb", "run", "--format", ""));
        assertEquals(List.of("--force"), complete(script, "vwb", "export", "--forc"));
        assertEquals(List.of(temp.resolve("model.vwb").toString()), complete(script, "vwb", "validate",
                temp.resolve("mod").toString()));
        assertEquals(List.of(), complete(script, "vwb", "run", "--seed", ""), "a number: nothing to offer");
    }

    @Test
    void manPageDocumentsEveryInstalledCommandWithItsOptions() {
        CliRun run = CliRun.of("manpage", "--date", "2026-01-02");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertTrue(run.out().contains("\n.TH VWB 1 \"2026-01-02\" \"vwb "), run.out());
        for (Command command : CommandRegistry.installed().all()) {
            int section = run.out().indexOf("\n.SS " + command.name().replace("-", "\\-") + "\n");
            assertTrue(section >= 0, command.name() + " has no section");
            int next = run.out().indexOf("\n.SS ", section + 1);
            String text = run.out().substring(section, next < 0 ? run.out().length() : next);
            for (Option option : command.options()) {
                assertTrue(text.contains("\\fB\\-\\-" + option.name().replace("-", "\\-") + "\\fR"),
                        command.name() + " --" + option.name());
            }
        }
        String macro = "\\.(\\\\\".*|[A-Za-z]{1,2}( .*)?)";
        assertTrue(run.out().lines().noneMatch(l -> l.startsWith(".") && !l.matches(macro)),
                "every line starting with a dot is a macro, none is text from a help");
    }

    @Test
    void onlyBashIsOfferedAndAWrongDateIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRun.of("completion", "zsh").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("completion").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("manpage", "--date", "yesterday").exit());
    }

    /** What the script offers for the words given, the last being the one completed, as bash would ask. */
    private static List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        String program = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; _vwb 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("/bin/bash", "--norc", "-c", program).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), out);
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }
}
