package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.headless.ExitCodes;
import org.vwb.testing.Examples;
import org.vwb.testing.Json;

class AuditCommandTest {

    @TempDir
    Path temp;

    @Test
    void auditReportsEachVmAndExitsZeroThoughOneFileIsUnreadable() throws Exception {
        copy("libvirt-qemu-legacy.xml", "vsphere-ovftool-web.ovf", "malicious/billion-laughs.xml");
        CliRun run = CliRun.of("audit", temp);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("error: " + temp.resolve("billion-laughs.xml") + ":"), run::toString);
        assertTrue(run.err().contains("DOCTYPE") && !run.err().contains("\tat "), run::toString);
        assertTrue(run.out().contains("e1000 can be replaced by synthetic virtio-net"), run::toString);
        assertTrue(run.out().contains("CVE-2015-3456"), run::toString);
        assertTrue(run.out().contains("1 unreadable file"), run::toString);
    }

    @Test
    void auditExitsOneWhenNoFileCouldBeRead() throws Exception {
        copy("malicious/xxe-external-entity.ovf", "malicious/truncated.ova");
        CliRun run = CliRun.of("audit", temp);
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertEquals(2, run.errLines().size(), run::toString);
    }

    @Test
    void auditOfAnEmptyFolderRunsAndFindsNothing() {
        CliRun run = CliRun.of("audit", temp);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertTrue(run.out().contains("0 VM(s)"), run::toString);
    }

    @Test
    void auditOfAMissingFolderExitsOneNamingIt() {
        Path missing = temp.resolve("nowhere");
        CliRun run = CliRun.of("audit", missing);
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertEquals(List.of("error: " + missing + ": no such directory"), run.errLines());
    }

    @Test
    void auditJsonCarriesVmsFindingsAndProblemsHeldToThePublishedSchema() throws Exception {
        copy("libvirt-qemu-legacy.xml", "malicious/xxe-parameter-entity.xml");
        CliRun run = CliRun.of("audit", temp, "--format", "json");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals(List.of(), SimulationTestSupport.schemaProblems("audit", run.out()));
        assertEquals("vwb-audit", Json.object(run.out()).get("report"));
        Map<String, Object> json = Json.object(run.out());
        assertEquals(1, ((List<?>) json.get("vms")).size(), run::toString);
        assertEquals(1, ((List<?>) json.get("problems")).size(), run::toString);
        assertFalse(((List<?>) ((Map<?, ?>) ((List<?>) json.get("vms")).get(0)).get("findings")).isEmpty());
        assertFalse(json.containsKey("simulation"), "only with --simulate");
    }

    @Test
    void auditWithAnUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("audit", temp, "--format", "yaml");
        assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
        assertTrue(run.err().startsWith("error: unknown format 'yaml' (known: text, json)"), run::toString);
    }

    @Test
    void auditWritesToOutOnlyWithForceWhenTheFileExists() throws Exception {
        copy("vsphere-ovftool-web.ovf");
        Path report = Files.writeString(Files.createDirectory(temp.resolve("out")).resolve("audit.txt"), "mine");
        CliRun run = CliRun.of("audit", temp, "--out", report);
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertEquals("mine", Files.readString(report));
        assertEquals(ExitCodes.OK, CliRun.of("audit", temp, "--out", report, "--force").exit());
        assertTrue(Files.readString(report).startsWith("audit of " + temp), "replaced");
    }

    private void copy(String... examples) throws Exception {
        for (String example : examples) {
            Path file = Examples.path("interchange/" + example);
            Files.copy(file, temp.resolve(file.getFileName().toString()));
        }
    }
}
