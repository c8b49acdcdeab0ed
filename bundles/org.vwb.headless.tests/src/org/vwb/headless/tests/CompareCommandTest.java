package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.headless.ExitCodes;
import org.vwb.testing.StandInFiles;
import org.vwb.testing.StandInPlugins;

class CompareCommandTest extends StandInPluginTest {

    @Test
    void compareWritesTheThreeReportsAndPrintsTheEntriesSideBySide() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        Path html = dir.resolve("out/report.html");
        Path json = dir.resolve("report.json");
        Path csv = dir.resolve("report.csv");
        CliRun run = CliRun.of("compare", file, "--html", html, "--json", json, "--csv", csv, "--quiet");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals("", run.err(), "--quiet leaves out the 'wrote' lines");
        assertTrue(run.out().matches("(?s).*\n +mono +split\n.*VM exits / request .*"), run::toString);
        assertEquals(List.of(), SimulationTestSupport.schemaProblems(Files.readString(json)));
        assertEquals(2, SimulationTestSupport.entries(SimulationTestSupport.object(Files.readString(json))).size());
        assertEquals(1 + 2 * 2, Files.readString(csv).split("\r\n").length);
        String page = Files.readString(html);
        assertTrue(page.contains("<svg") && page.contains("class=\"diagram\""), "no charts or request paths");
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(html), files.toList(), "a temporary file was left behind");
        }
    }

    @Test
    void vendorsAddAVariantOfEveryConfigurationUnderAnotherVendor() throws Exception {
        Path file = StandInFiles.write(dir.resolve("plain.vwb"), "legacy-vm", false);
        CliRun run = CliRun.of("compare", file, "--vendors", StandInPlugins.SPLIT, "--duration", "50ms", "--format",
                "json");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        List<String> labels = SimulationTestSupport.entries(SimulationTestSupport.object(run.out())).stream()
                .map(e -> (String) e.get("label")).toList();
        assertEquals(3, labels.size(), labels::toString);
        assertEquals("mono", labels.get(0));
        assertEquals("split", labels.get(2));
        assertTrue(labels.get(1).startsWith("mono"), labels::toString);
    }

    @Test
    void vendorsNamingNoVendorProfileIsAUsageErrorNotASilentlyEmptyList() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        for (String vendors : List.of(",", " ", ", ,")) {
            CliRun run = CliRun.of("compare", file, "--vendors", vendors);
            assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
            assertTrue(run.err().startsWith("error: --vendors '" + vendors + "' names no vendor profile (e.g. "),
                    run::toString);
            assertEquals(1, run.errLines().size(), run::toString);
            assertEquals("", run.out());
        }
    }

    @Test
    void twoReportsNamingOneFileAreAUsageErrorAndNothingIsWritten() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        Path report = dir.resolve("report.html");
        CliRun run = CliRun.of("compare", file, "--html", report, "--json", dir.resolve(".").resolve("report.html"));
        assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("error: --html and --json both name " + dir.resolve(".").resolve("report.html")
                + ": each output needs its own file (usage: vwb compare"), run::toString);
        assertEquals("", run.out());
        assertFalse(Files.exists(report), "nothing written");
    }

    @Test
    void anExistingReportIsRefusedBeforeTheRunsAndNoOtherReportIsWritten() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        Path html = SimulationTestSupport.writeString(dir.resolve("report.html"), "old");
        Path json = dir.resolve("report.json");
        CliRun run = CliRun.of("compare", file, "--json", json, "--html", html);
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals(List.of("error: " + html + ": exists (use --force to replace it)"), run.errLines());
        assertEquals("", run.out());
        assertEquals("old", Files.readString(html));
        assertFalse(Files.exists(json));
    }

    @Test
    void anUnknownVendorProfileIsRefusedNamingIt() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        CliRun run = CliRun.of("compare", file, "--vendors", "acme.nothing");
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals(List.of("error: " + file + ": vendor profile 'acme.nothing' is not installed"), run.errLines());
    }

    @Test
    void markupInNamesFromTheFileIsEscapedInTheHtmlReport() throws Exception {
        Path file = StandInFiles.write(dir.resolve("hostile.vwb"), "<script>alert(1)</script>", true);
        Path html = dir.resolve("hostile.html");
        CliRun run = CliRun.of("compare", file, "--html", html, "--duration", "50ms");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        String page = Files.readString(html);
        assertFalse(page.contains("<script"), "unescaped markup");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void reportsAreTheSameForTheSameFileAndSeed() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        String first = CliRun.of("compare", file, "--format", "csv", "--duration", "50ms").out();
        assertEquals(first, CliRun.of("compare", file, "--format", "csv", "--duration", "50ms").out());
    }

    @Test
    void aReportFormatWithoutAWriterAndAWrongFormatAreRefused() throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        assertEquals(ExitCodes.USAGE, CliRun.of("compare", file, "--format", "pdf").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("compare", file, "--pdf", "x.pdf").exit());
    }
}
