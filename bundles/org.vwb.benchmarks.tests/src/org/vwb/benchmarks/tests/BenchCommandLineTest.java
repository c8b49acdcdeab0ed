package org.vwb.benchmarks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.benchmarks.BenchCommand;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.VwbCli;

/**
 * A wrong {@code vwb bench} command line is one {@code error:} line and exit 2 before anything runs (the command
 * gets no simulator here: a benchmark that started anyway would fail with exit 1, not 2).
 */
class BenchCommandLineTest {

    private static final String USAGE = " (usage: vwb bench [OPTION]... engine|scale|interactive [FILE]; "
            + "see vwb bench --help)\n";

    private final VwbCli cli = new VwbCli(CommandRegistry.of(List.of(new BenchCommand(null))));
    private String out;
    private String err;

    private int bench(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        String[] line = new String[args.length + 1];
        line[0] = "bench";
        System.arraycopy(args, 0, line, 1, args.length);
        int exit = cli.execute(line, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private void refused(String message, String... args) {
        assertEquals(ExitCodes.USAGE, bench(args), () -> out + err);
        assertEquals("error: " + message + USAGE, err);
        assertEquals("", out);
    }

    @Test
    void secondsThatAreNotANumberAreAUsageErrorNamingTheOption() {
        refused("--seconds 'abc' is not a number of seconds above 0 and at most 1,000,000", "interactive",
                "--seconds", "abc");
    }

    @Test
    void zeroNegativeOrNotANumberOfSecondsIsAUsageError() {
        for (String seconds : List.of("0", "-1", "NaN", "-0.5")) {
            refused("--seconds '" + seconds + "' is not a number of seconds above 0 and at most 1,000,000",
                    "interactive", "--seconds=" + seconds);
        }
    }

    @Test
    void aHugeNumberOfSecondsIsRefusedInsteadOfRunningForever() {
        refused("--seconds '1e300' is not a number of seconds above 0 and at most 1,000,000", "interactive",
                "--seconds", "1e300");
    }

    @Test
    void vmsMustBeAWholeNumberInRange() {
        refused("--vms 'x' is not a whole number from 1 to 100,000", "engine", "--vms", "x");
        refused("--vms '0' is not a whole number from 1 to 100,000", "scale", "--vms", "0");
        refused("--vms '99999999999' is not a whole number from 1 to 100,000", "scale", "--vms", "99999999999");
    }

    @Test
    void vmsWithTheInteractiveBenchmarkIsAUsageErrorNotIgnored() {
        refused("--vms is for the engine and scale benchmarks; interactive runs the FILE's VMs", "interactive",
                "--vms", "10");
    }

    @Test
    void extraOperandsAreAUsageErrorNotIgnored() {
        refused("bench engine takes no FILE, not [x.vwb]", "engine", "x.vwb");
        refused("bench interactive takes one FILE only, not [a.vwb, b.vwb]", "interactive", "a.vwb", "b.vwb");
    }

    @Test
    void theDefaultSeedFileOutsideTheSourceTreeIsNamedWithWhereItIsLookedFor() {
        Path seed = Path.of("examples/seed/esx-vs-hyperv.vwb");
        assumeFalse(Files.exists(seed), "run from the source tree's root, where the default exists");
        assertEquals(ExitCodes.FAILED, bench("interactive"));
        assertEquals("error: " + seed + ": no such file in the current folder or in vwb's installation (name a "
                + ".vwb file instead)\n", err);
    }
}
