package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;

class VwbCliTest {

    private static final CommandRegistry ECHO = CommandRegistry.of(List.of(new EchoCommand()));

    private static CliRun echo(Object... args) {
        return CliRun.with(ECHO, args);
    }

    @Test
    void everyCommandSummaryIsAListLineAndBecomesOneSentenceInItsHelp() {
        CliRun global = CliRun.of("--help");
        for (Command command : CommandRegistry.installed().all()) {
            String summary = command.summary();
            assertTrue(summary.matches("[a-z].*[^.]"), () -> command.name() + ": '" + summary + "'");
            assertTrue(global.out().contains("  " + summary + "\n"), () -> summary + " in\n" + global);
            String sentence = CliRun.of(command.name(), "--help").out().lines().skip(1).findFirst().orElseThrow();
            assertEquals(Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ".", sentence);
        }
    }

    @Test
    void anErrorInACommandIsOneLineAndExitOneNotASilentExitZero() {
        CliRun memory = CliRun.with(failing(new OutOfMemoryError("Java heap space")), "fail");
        assertEquals(ExitCodes.FAILED, memory.exit(), memory::toString);
        assertEquals(List.of("error: out of memory (Java heap space); give vwb more with VWB_VMARGS=-Xmx4g, or "
                + "check that the input files are what they should be"), memory.errLines());
        CliRun overflow = CliRun.with(failing(new StackOverflowError()), "fail");
        assertEquals(ExitCodes.FAILED, overflow.exit(), overflow::toString);
        assertEquals(List.of("error: internal error java.lang.StackOverflowError (run with --debug for the stack "
                + "trace)"), overflow.errLines());
        CliRun debug = CliRun.with(failing(new StackOverflowError()), "--debug", "fail");
        assertTrue(debug.err().contains("\tat "), "--debug shows the stack trace: " + debug);
    }

    /** A command named {@code fail} that throws {@code error}. */
    private static CommandRegistry failing(Error error) {
        return CommandRegistry.of(List.of(new Command() {
            @Override
            public String name() {
                return "fail";
            }

            @Override
            public String summary() {
                return "throw an error";
            }

            @Override
            public String usage() {
                return "";
            }

            @Override
            public String help() {
                return "Throws an error.";
            }

            @Override
            public List<Option> options() {
                return List.of();
            }

            @Override
            public int execute(Arguments arguments, CommandIo io) {
                throw error;
            }
        }));
    }

    @Test
    void anEmptyOptionValueOrPathIsAUsageErrorNotTheCurrentFolder() {
        for (List<String> args : List.of(List.of("echo", "--out=", "a"), List.of("echo", "-o", "", "a"),
                List.of("echo", "--prefix", "", "a"))) {
            CliRun run = CliRun.with(ECHO, args.toArray());
            assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
            assertTrue(run.err().startsWith("error: option --" + (args.get(1).startsWith("--p") ? "prefix needs a "
                    + "value TEXT" : "out needs a value PATH") + ", not an empty one (usage: vwb echo"), run::toString);
            assertEquals("", run.out());
        }
        for (String command : List.of("validate", "run")) {
            CliRun run = CliRun.of(command, "");
            assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
            assertTrue(run.err().startsWith("error: an empty FILE (an empty path names no file) (usage: vwb "
                    + command), run::toString);
        }
    }

    @Test
    void longOptionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
        assertEquals("> a\n> b\n", echo("echo", "--prefix", "> ", "a", "b").out());
        assertEquals("> a\n", echo("echo", "--prefix=> ", "a").out());
    }

    @Test
    void optionsMayFollowTheOperandsAndShortNamesWork() {
        CliRun run = echo("echo", "a", "-u", "b", "--quiet");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals("A\nB\n", run.out());
        assertEquals("", run.err(), "--quiet leaves out progress");
    }

    @Test
    void progressGoesToStderrNeverToStdout() {
        CliRun run = echo("echo", "a");
        assertEquals("a\n", run.out());
        assertEquals("echoing 1 words\n", run.err());
    }

    @Test
    void doubleDashEndsTheOptions() {
        assertEquals("--upper\n", echo("echo", "--", "--upper").out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = echo("frobnicate");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals(List.of("error: unknown command 'frobnicate' (usage: vwb [OPTION]... COMMAND [ARG]...;"
                + " see vwb --help)"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void unknownOptionIsAUsageErrorNamingTheCommandsUsage() {
        CliRun run = echo("echo", "--loud", "a");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals(List.of("error: unknown option --loud (usage: vwb echo [OPTION]... WORD...;"
                + " see vwb echo --help)"), run.errLines());
        assertEquals(ExitCodes.USAGE, echo("--loud", "echo", "a").exit());
    }

    @Test
    void missingOptionValueOrOperandIsAUsageError() {
        assertTrue(echo("echo", "a", "--prefix").err().startsWith("error: option --prefix needs a value TEXT"));
        assertEquals(ExitCodes.USAGE, echo("echo", "a", "--prefix").exit());
        assertEquals(ExitCodes.USAGE, echo("echo", "--upper=yes", "a").exit());
        assertEquals(ExitCodes.USAGE, echo("echo").exit());
        assertEquals(ExitCodes.USAGE, echo().exit());
    }

    @Test
    void helpListsTheCommandsAndTheConventions() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitCodes.OK, run.exit());
        assertTrue(run.out().startsWith("Usage: vwb [OPTION]... COMMAND [ARG]...\n"), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  validate +check configuration files")),
                run::toString);
        assertTrue(run.out().contains("2 usage error"), run::toString);
        assertEquals("", run.err());
    }

    @Test
    void commandHelpShowsUsageAndEveryOptionWithoutRunning() {
        for (CliRun run : List.of(echo("echo", "--help"), echo("--help", "echo"), echo("echo", "-h", "crash"))) {
            assertEquals(ExitCodes.OK, run.exit(), run::toString);
            assertTrue(run.out().startsWith("Usage: vwb echo [OPTION]... WORD...\n"), run::toString);
            assertTrue(run.out().contains("-o, --out PATH"), run::toString);
            assertTrue(run.out().contains("--prefix TEXT"), run::toString);
            assertTrue(run.out().contains("--debug"), run::toString);
        }
    }

    @Test
    void versionIsTheHeadlessBundlesVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(ExitCodes.OK, run.exit());
        String version = FrameworkUtil.getBundle(CommandRegistry.class).getVersion().toString();
        assertEquals("vwb " + version + "\n", run.out());
        assertTrue(version.startsWith("0.1.0"), version);
    }

    @Test
    void failureInACommandIsOneLineAndExitOneWithTheStackTraceOnlyUnderDebug() {
        CliRun run = echo("echo", "crash");
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals(List.of("error: asked to crash second line"), run.errLines());
        CliRun debug = echo("echo", "crash", "--debug");
        assertEquals(ExitCodes.FAILED, debug.exit());
        assertTrue(debug.err().contains("\tat org.vwb.headless.tests.EchoCommand.execute"), debug::toString);
        assertFalse(debug.out().contains("\tat "));
    }
}
