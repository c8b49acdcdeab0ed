package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vwb.headless.ExitCodes;
import org.vwb.model.ComputeJob;
import org.vwb.model.Model;
import org.vwb.model.VwbFactory;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.testing.Examples;
import org.vwb.testing.StandInFiles;

class RunCommandTest extends StandInPluginTest {

    private Path file() throws Exception {
        return StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
    }

    @Test
    void runPrintsATablePerDeviceAndPerContextAndNothingOnStderr() throws Exception {
        CliRun run = CliRun.of("run", file(), "--duration", "100ms");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().contains("Devices\nvm "), run::toString);
        assertTrue(run.out().contains("legacy-vm") && run.out().contains("enlightened-vm"), run::toString);
        assertTrue(run.out().contains("\nContexts\n"), run::toString);
        assertTrue(run.out().matches("(?s).*\ninstalled footprint +32.0 MB\n.*"), run::toString);
    }

    @Test
    void runWritesJsonFollowingTheSchemaWithTheScenariosDurationAndSeed() throws Exception {
        Path out = dir.resolve("run.json");
        CliRun run = CliRun.of("run", file(), "--config", "split", "--format", "json", "--out", out);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals("", run.out());
        String json = Files.readString(out);
        assertEquals(List.of(), SimulationTestSupport.schemaProblems(json));
        Map<String, Object> report = SimulationTestSupport.object(json);
        assertEquals(0.2, report.get("durationSeconds"));
        assertEquals(5.0, report.get("seed"));
        assertEquals("split", SimulationTestSupport.entries(report).get(0).get("label"));
        assertEquals("PARENT_PARTITION", SimulationTestSupport.entries(report).get(0).get("placement"));
    }

    @Test
    void aRunWithNoWorkloadSaysSoAndWritesNullNotZeroFigures() throws Exception {
        Path file = file();
        Model model = ModelFiles.load(file);
        model.getConfigurations().forEach(c -> c.getVirtualMachines().forEach(vm -> vm.getWorkloads().clear()));
        ModelFiles.save(model, file);
        CliRun json = CliRun.of("run", file, "--config", "split", "--format", "json");
        assertEquals(ExitCodes.OK, json.exit(), json::toString);
        assertTrue(json.err().contains("warning: " + file + ": configuration 'split': no request completed: no "
                + "device was given a request (no workload)"), json::toString);
        assertEquals(List.of(), SimulationTestSupport.schemaProblems(json.out()));
        Map<String, Object> entry = SimulationTestSupport.entries(SimulationTestSupport.object(json.out())).get(0);
        assertTrue(((String) entry.get("noRequests")).startsWith("no request completed"), json::toString);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) entry.get("summary");
        assertTrue(summary.containsKey("exitsPerRequest") && summary.get("exitsPerRequest") == null, json::toString);
        CliRun text = CliRun.of("run", file, "--config", "split");
        assertTrue(text.out().contains("completed; no request completed: no device was given a request"),
                text::toString);
    }

    @Test
    void aRunOfCpuBoundJobsPrintsEachJobAndWritesItToJsonWithoutANoRequestWarning() throws Exception {
        Path file = file();
        Model model = ModelFiles.load(file);
        model.getConfigurations().forEach(c -> c.getVirtualMachines().forEach(vm -> {
            vm.getWorkloads().clear();
            ComputeJob job = VwbFactory.eINSTANCE.createComputeJob();
            job.setName("batch");
            job.setCpuSeconds(0.05);
            vm.setCompute(job);
        }));
        ModelFiles.save(model, file);
        CliRun text = CliRun.of("run", file, "--config", "split", "--duration", "1");
        assertEquals(ExitCodes.OK, text.exit(), text::toString);
        assertEquals("", text.err());
        assertTrue(text.out().contains("\nCompute jobs ("), text::toString);
        assertTrue(text.out().matches("(?s).*\nsplit +legacy-vm +batch +1 +0\\.05 of 0\\.05 .*"), text::toString);
        CliRun json = CliRun.of("run", file, "--config", "split", "--format", "json", "--duration", "1");
        assertEquals(List.of(), SimulationTestSupport.schemaProblems(json.out()));
        Map<String, Object> entry = SimulationTestSupport.entries(SimulationTestSupport.object(json.out())).get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> computes = (List<Map<String, Object>>) entry.get("computes");
        assertEquals(2, computes.size(), json::toString);
        computes.forEach(job -> assertTrue(((Double) job.get("completionSeconds")) >= 0.05, json::toString));
    }

    @Test
    void runWritesOneCsvRowPerDevice() throws Exception {
        CliRun run = CliRun.of("run", file(), "--format=csv", "--duration", "0.05");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals(3, run.out().split("\r\n").length, run::toString);
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() throws Exception {
        Path file = file();
        String first = CliRun.of("run", file, "--format", "json", "--seed", "9", "--duration", "50ms").out();
        assertEquals(first, CliRun.of("run", file, "--format", "json", "--seed", "9", "--duration", "50ms").out());
        assertFalse(first.equals(CliRun.of("run", file, "--format", "json", "--seed", "10", "--duration", "50ms")
                .out()));
    }

    @Test
    void anExistingOutputIsKeptWithoutForceAndReplacedWithIt() throws Exception {
        Path out = SimulationTestSupport.writeString(dir.resolve("old.txt"), "old");
        CliRun refused = CliRun.of("run", file(), "--duration", "10ms", "--out", out);
        assertEquals(ExitCodes.FAILED, refused.exit());
        assertEquals(List.of("error: " + out + ": exists (use --force to replace it)"), refused.errLines());
        assertEquals("old", Files.readString(out));
        CliRun forced = CliRun.of("run", file(), "--duration", "10ms", "--out", out, "--force");
        assertEquals(ExitCodes.OK, forced.exit(), forced::toString);
        assertTrue(Files.readString(out).contains("Devices"));
    }

    @Test
    void anOutputPathThatCannotBeWrittenIsRefusedBeforeTheRun() throws Exception {
        Path blocker = SimulationTestSupport.writeString(dir.resolve("a-file"), "");
        CliRun run = CliRun.of("run", file(), "--out", blocker.resolve("report.txt"));
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("error: " + blocker.resolve("report.txt") + ": cannot be written"), run::toString);
    }

    @Test
    void anUnknownConfigurationIsNamedWithTheOnesThereAre() throws Exception {
        Path file = file();
        CliRun run = CliRun.of("run", file, "--config", "nope");
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals(List.of("error: " + file + ": no configuration 'nope' (the file has 'mono', 'split')"),
                run.errLines());
    }

    @Test
    void aConfigurationThatDoesNotValidateIsRefusedWithOneLinePerProblem() {
        Path file = Examples.path("invalid/synthetic-in-legacy-guest.vwb");
        CliRun run = CliRun.of("run", file, "--config", "hyperv-2008");
        assertEquals(ExitCodes.FAILED, run.exit());
        assertFalse(run.errLines().isEmpty());
        assertTrue(run.errLines().stream().allMatch(l -> l.startsWith("error: " + file + ": configuration ")),
                run::toString);
        assertEquals("", run.out());
    }

    @Test
    void aConfigurationWhosePluginsAreMissingIsRefusedNamingEachElement() {
        Path file = Examples.path("seed/esx-vs-hyperv.vwb");
        CliRun run = CliRun.of("run", file);
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertTrue(run.errLines().size() > 1, run::toString);
        assertTrue(run.errLines().stream().allMatch(l -> l.startsWith("error: " + file + ": ")), run::toString);
        assertFalse(run.err().contains("\tat "), "a stack trace without --debug");
    }

    @Test
    void aMissingFileIsInvalidInputAndDebugAddsTheStackTrace() {
        Path missing = dir.resolve("missing.vwb");
        CliRun run = CliRun.of("run", missing);
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals(List.of("error: " + missing + ": no such file"), run.errLines());
        assertTrue(CliRun.of("--debug", "run", missing).err().contains("\tat "));
    }

    @Test
    void aMalformedDurationAnUnknownOptionAndASecondFileAreUsageErrors() throws Exception {
        Path file = file();
        CliRun duration = CliRun.of("run", file, "--duration", "10 parsecs");
        assertEquals(ExitCodes.USAGE, duration.exit());
        assertTrue(duration.err().startsWith("error: --duration '10 parsecs' is not a duration"), duration::toString);
        assertEquals(ExitCodes.USAGE, CliRun.of("run", file, "--frobnicate").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("run", file, file).exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("run", file, "--format", "xml").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("run").exit());
    }
}
