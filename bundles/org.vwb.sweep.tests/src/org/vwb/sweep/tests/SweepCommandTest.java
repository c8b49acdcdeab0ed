package org.vwb.sweep.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.VwbCli;
import org.vwb.testing.Examples;
import org.vwb.testing.Json;
import org.vwb.testing.JsonSchemaCheck;

/** {@code vwb sweep} end to end through the command line, with the installed plugins and executors. */
class SweepCommandTest {

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    private static Run sweep(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] line = new String[args.length + 1];
        line[0] = "sweep";
        for (int i = 0; i < args.length; i++) {
            line[i + 1] = String.valueOf(args[i]);
        }
        int exit = new VwbCli(CommandRegistry.installed()).execute(line, new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSweepWritesEveryReportAndPrintsOneLinePerCombination() throws Exception {
        Path html = folder.resolve("sweep.html");
        Path json = folder.resolve("sweep.json");
        Path csv = folder.resolve("sweep.csv");
        Run run = sweep(SweepFixtures.SEED, "--vary", "rate=200,2000,8000", "--seeds", "2", "--duration", "300ms",
                "--html", html, "--json", json, "--csv", csv);
        assertEquals(0, run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("sweep of esx-vs-hyperv: 6 combinations x 2 seeds (seeds 42..43), 0.30 s simulated each; "
                + "all devices"),
                lines.get(0));
        assertEquals(6, lines.stream().filter(l -> l.startsWith("esxi-3.5 rate=") || l.startsWith("hyperv-2008 rate="))
                .count(), run.out());
        assertEquals(2, lines.stream().filter(l -> l.startsWith("knee of ")).count(), run.out());

        Object report = Json.parse(Files.readString(json));
        Object schema = Json.parse(Files.readString(Examples.root().resolve("docs/sweep.schema.json")));
        assertEquals(List.of(), new JsonSchemaCheck(schema).problems(report));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> combinations = (List<Map<String, Object>>) ((Map<String, Object>) report)
                .get("combinations");
        assertEquals(6, combinations.size());

        List<String> rows = Files.readString(csv).lines().toList();
        assertEquals(7, rows.size());
        assertTrue(rows.get(0).startsWith("configuration,rate,vendor_profile,seeds,completed_runs,offered_mean"),
                rows.get(0));

        String page = Files.readString(html);
        int svgs = 0;
        for (int at = page.indexOf("<svg"); at >= 0; at = page.indexOf("<svg", at + 1)) {
            String svg = page.substring(at, page.indexOf("</svg>", at) + 6);
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            svgs++;
        }
        assertEquals(3, svgs, "latency, throughput and CPU per request against load");
        assertTrue(page.contains("class=\"band\""), "confidence bands");
        assertFalse(page.contains("http://") && page.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "the page loads nothing from anywhere");
    }

    @Test
    void aDeviceFocusReportsThatDevicesOfferedLoadAndFigures() throws Exception {
        Path json = folder.resolve("focus.json");
        Run run = sweep(SweepFixtures.SEED, "--vary", "vm[legacy-vm].workload[web].rate=100,400", "--device",
                "legacy-vm/net0", "--seeds", "2", "--duration", "300ms", "--json", json);
        assertEquals(0, run.exit(), run::toString);
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) Json.parse(Files.readString(json));
        assertEquals("legacy-vm/net0", report.get("device"));
        @SuppressWarnings("unchecked")
        List<Map<String, Map<String, Map<String, Object>>>> combinations =
                (List<Map<String, Map<String, Map<String, Object>>>>) (Object) report.get("combinations");
        assertEquals(100.0, combinations.get(0).get("metrics").get("offered").get("mean"));
        assertEquals(400.0, combinations.get(1).get("metrics").get("offered").get("mean"));
        double throughput = (Double) combinations.get(1).get("metrics").get("throughput").get("mean");
        assertTrue(throughput > 300 && throughput < 500, "the legacy NIC serves about what it is offered: "
                + throughput);
    }

    @Test
    void aDeviceThatNoConfigurationHasIsRefused() {
        Run run = sweep(SweepFixtures.SEED, "--vary", "rate=100", "--device", "legacy-vm/nic9");
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().startsWith("error: " + SweepFixtures.SEED + ": --device legacy-vm/nic9: no such "
                + "VM/DEVICE in the configurations swept (they have enlightened-vm/net0,"), run.err());
    }

    @Test
    void aSweepDescribedInTheModelRunsWithoutVaryOptions() throws Exception {
        Path model = folder.resolve("swept.vwb");
        Files.writeString(model, Files.readString(SweepFixtures.SEED).replace("metrics=\"THROUGHPUT",
                "seeds=\"2\" metrics=\"THROUGHPUT").replace("</scenarios>", "").replace(
                        "BLAST_RADIUS\"/>", "BLAST_RADIUS\">\n    <vary parameter=\"rate\" values=\"300,3000\"/>\n"
                                + "  </scenarios>"));
        Run run = sweep(model, "--duration", "200ms", "--format", "csv");
        assertEquals(0, run.exit(), run::toString);
        List<String> rows = run.out().lines().toList();
        assertEquals(5, rows.size(), run.out());
        assertTrue(rows.get(1).startsWith("esxi-3.5,300,vmware.esxi-3.5,2,2,"), rows.get(1));
    }

    @Test
    void failedRunsAreReportedWithTheirParametersAndTheReportsStillWritten() throws Exception {
        Path json = folder.resolve("sweep.json");
        Run run = sweep(SweepFixtures.SEED, "--config", "hyperv-2008", "--vary", "vendor=nowhere,esxi-3.5",
                "--seeds", "1", "--duration", "200ms", "--json", json);
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("error: " + SweepFixtures.SEED + ": configuration 'hyperv-2008' with "
                + "vendor=nowhere, seed 42: vendor 'nowhere': no such vendor profile installed"), run.err());
        assertTrue(Files.readString(json).contains("\"failedRuns\": 1"));
    }

    @Test
    void anExistingReportIsRefusedBeforeAnyRunAndLeftAlone() throws Exception {
        Path html = Files.writeString(folder.resolve("old.html"), "keep me");
        Run run = sweep(SweepFixtures.SEED, "--vary", "rate=100", "--html", html);
        assertEquals(1, run.exit(), run::toString);
        assertEquals("error: " + html + ": exists (use --force to replace it)\n", run.err());
        assertEquals("keep me", Files.readString(html));
    }

    @Test
    void theSweptModelIsNeverAnOutputNotEvenWithForce() throws Exception {
        Path model = Files.copy(SweepFixtures.SEED, folder.resolve("model.vwb"));
        byte[] before = Files.readAllBytes(model);
        Path alias = folder.resolve("sub").resolve("..").resolve("model.vwb");
        Files.createDirectories(folder.resolve("sub"));
        Run run = sweep(model, "--vary", "rate=100", "--csv", alias, "--force");
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().startsWith("error: ") && run.err().contains("is also an input of this command"),
                run::toString);
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void aParameterNamingNothingInTheFileIsRefusedBeforeAnyRun() {
        Run run = sweep(SweepFixtures.SEED, "--vary", "vm[ghost].vcpus=1,2");
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().startsWith("error: " + SweepFixtures.SEED + ": vm[ghost].vcpus: configuration "
                + "'esxi-3.5' has no virtual machine at vm 'ghost' to set it on"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        assertEquals(2, sweep(SweepFixtures.SEED, "--vary", "speed=1").exit());
        assertEquals(2, sweep(SweepFixtures.SEED, "--seeds", "0").exit());
        assertEquals(2, sweep(SweepFixtures.SEED, "--cluster", "nohost").exit());
        Run run = sweep(SweepFixtures.SEED, "--vary", "rate=1", "--html", "a.html", "--json", "a.html");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: --html and --json both name a.html"), run.err());
    }

    @Test
    void anUnknownConfigurationIsNamed() {
        Run run = sweep(SweepFixtures.SEED, "--config", "nope", "--vary", "rate=1");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("error: " + SweepFixtures.SEED + ": no configuration 'nope' (the file has "
                + "esxi-3.5, hyperv-2008)"), run.err());
    }
}
