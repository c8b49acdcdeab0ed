package org.vwb.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;
import org.vwb.testing.Examples;

/** Hostile shapes of a .vwb file are refused early, with the file, the line and what is wrong. */
class BoundedParsingTest {

    @TempDir
    Path temp;

    @Test
    void hundredThousandNestedElementsAreRefusedAtTheDepthLimitNamingFileAndLine() throws Exception {
        StringBuilder xml = new StringBuilder(SeedText.seed().substring(0, SeedText.seed().indexOf("<hosts ")));
        xml.append("<description>\n".repeat(100_000)).append("</description>\n".repeat(100_000)).append("</vwb:Model>");
        Path file = Files.writeString(temp.resolve("deep.vwb"), xml);
        int modelLine = (int) xml.substring(0, xml.indexOf("<description>")).lines().count();
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(e.reason().contains("nested deeper than 64 levels"), e.getMessage());
        assertEquals(modelLine + 63, e.line(), "the line of the first element too deep: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
    }

    @Test
    void newerModelNamespaceIsNamedEvenFarPastTheStartOfTheFile() throws Exception {
        String padding = "  <!-- " + "x".repeat(8000) + " -->\n";
        Path file = SeedText.withFirst(temp, "<hosts name=", padding + "<hosts xmlns:v2=\"http://www.vwb.org/model/2.1\""
                + " name=");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(e.reason().contains("model version 2.1") && e.reason().contains("upgrade vwb"), e.getMessage());
        assertTrue(e.line() > 8, e.getMessage());
    }

    @Test
    void modelIsReadFromAStreamUnderTheSameLimit() throws Exception {
        Model model = ModelFiles.load(Path.of("<stdin>"), Files.newInputStream(Examples.path("seed/esx-vs-hyperv.vwb")));
        assertEquals("esx-vs-hyperv", model.getName());
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(Path.of("<stdin>"),
                new java.io.InputStream() {
                    @Override
                    public int read() {
                        return ' ';
                    }
                }));
        assertTrue(e.reason().contains("more than " + ModelFiles.MAX_FILE_BYTES + " bytes"), e.getMessage());
        assertTrue(e.getMessage().startsWith("<stdin>: "), e.getMessage());
    }

    @Test
    void anotherProductsFileIsNamedWithTheCommandThatReadsIt() throws Exception {
        List<String[]> cases = List.of(
                new String[] {"vm.vmx", ".encoding = \"UTF-8\"\nconfig.version = \"8\"\nvirtualHW.version = \"4\"\n",
                    "a VMware .vmx file"},
                new String[] {"dom.xml", "<?xml version=\"1.0\"?>\n<!-- virsh dumpxml -->\n<domain type=\"kvm\">"
                    + "<name>a</name></domain>", "a libvirt domain XML file"},
                new String[] {"a.ovf", "<?xml version=\"1.0\"?><ovf:Envelope xmlns:ovf=\"http://schemas.dmtf.org/"
                    + "ovf/envelope/1\"/>", "an OVF descriptor"});
        for (String[] c : cases) {
            Path file = Files.writeString(temp.resolve(c[0]), c[1]);
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
            assertEquals("is " + c[2] + ", not a vwb model; convert it with 'vwb import'", e.reason(), c[0]);
        }
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(Path.of("<stdin>"),
                new ByteArrayInputStream("guestOS = \"winnetstandard\"\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.reason().startsWith("is a VMware .vmx file"), e.getMessage());
    }

    @Test
    void staleTemporaryFilesOfAnEarlierKilledWriteAreSweptOnTheNextWrite() throws Exception {
        Path target = temp.resolve("report.csv");
        Path stale = Files.writeString(temp.resolve(".report.csv123456.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path recent = Files.writeString(temp.resolve(".report.csv987.tmp"), "a write still running");
        Path notOurs = Files.writeString(temp.resolve(".report.csv.backup.tmp"), "someone else's");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        ModelFiles.writeAtomically(target, "new".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(stale), "the stale temporary file is removed");
        assertTrue(Files.exists(recent), "a recent one may belong to a write in progress");
        assertTrue(Files.exists(notOurs), "a file not of our naming is left alone");
        assertEquals("new", Files.readString(target));
    }
}
