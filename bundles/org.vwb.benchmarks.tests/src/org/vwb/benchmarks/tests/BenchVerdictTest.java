package org.vwb.benchmarks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.benchmarks.BenchCommand;
import org.vwb.benchmarks.Target;
import org.vwb.core.Simulator;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.VwbCli;
import org.vwb.testing.Examples;
import org.vwb.testing.InstalledPlugins;

/** Each benchmark ends with a verdict per target, and its exit code follows them: 1 when one is missed. */
class BenchVerdictTest {

    @Test
    void aTargetIsMetOnlyOnTheRightSideOfItsLimit() {
        assertTrue(Target.below("wall time", 2.99, " s", 3).met());
        assertFalse(Target.below("wall time", 3, " s", 3).met(), "'below 3 s' excludes 3 s");
        assertTrue(Target.atLeast("ratio", 0.30, "", 0.30).met());
        assertFalse(Target.atLeast("ratio", 0.29, "", 0.30).met());
        assertEquals("target wall time < 60 s: 61.20 s, MISSED", Target.below("wall time", 61.2, " s", 60).line());
        assertEquals("target engine/bare >= 0.30: 0.46, met", Target.atLeast("engine/bare", 0.46, "", 0.3).line());
    }

    @Test
    void aRunOfAnotherSizeThanTheTargetsIsNotJudgedAndNotMissed() {
        Target other = Target.below("wall time", 600, " s", 60).judgedOnlyIf(false, "ran 20 VMs");
        assertTrue(other.met());
        assertEquals("target wall time < 60 s: 600 s, not judged (ran 20 VMs)", other.line());
    }

    @Test
    void theEngineBenchmarkPrintsItsVerdictAndExitsOneExactlyWhenItIsMissed() throws Exception {
        Simulator simulator = InstalledPlugins.start(BenchVerdictTest.class, Simulator.class);
        Run run = bench(simulator, "engine", "--vms", "20", "--seconds", "1");
        List<String> lines = run.out().lines().toList();
        String target = lines.get(lines.size() - 2);
        assertTrue(target.matches("target engine/bare by CPU time >= 0\\.30: [0-9.]+, (met|MISSED)"), run.out());
        assertEquals(target.endsWith("MISSED") ? ExitCodes.FAILED : ExitCodes.OK, run.exit(), run.out() + run.err());
        assertTrue(lines.get(lines.size() - 1).startsWith("verdict: "), run.out());
    }

    @Test
    void theInteractiveBenchmarkOfAnotherLengthIsNotJudged() throws Exception {
        Simulator simulator = InstalledPlugins.start(BenchVerdictTest.class, Simulator.class);
        Run run = bench(simulator, "interactive", Examples.path("seed/esx-vs-hyperv.vwb").toString(), "--seconds",
                "1");
        assertEquals(ExitCodes.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("target wall time < 3 s: ") && run.out().contains(
                ", not judged (the target is for the seed example over 60 s)\nverdict: 0 of 1 targets judged, all met"),
                run.out());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run bench(Simulator simulator, String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        String[] line = new String[args.length + 1];
        line[0] = "bench";
        System.arraycopy(args, 0, line, 1, args.length);
        int exit = new VwbCli(CommandRegistry.of(List.of(new BenchCommand(simulator)))).execute(line,
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true,
                        StandardCharsets.UTF_8));
        return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }
}
