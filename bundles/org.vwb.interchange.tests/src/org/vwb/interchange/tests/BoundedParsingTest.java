package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.audit.AuditReport;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.testing.Examples;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Files nested without end, importers that blow their stack, files that are not files: one file fails, alone. */
class BoundedParsingTest {

    @TempDir
    Path temp;

    private final Interchange interchange = Interchange.builtIn();

    @Test
    void thirtyThousandNestedLevelsAreRefusedNamingTheFileTheLineAndTheLimit() throws Exception {
        Path deep = temp.resolve("deep.ovf");
        Files.writeString(deep, "<Envelope xmlns='http://schemas.dmtf.org/ovf/envelope/1'>\n" + "<a>".repeat(30_000)
                + "</a>".repeat(30_000) + "</Envelope>");
        InterchangeException e = assertThrows(InterchangeException.class, () -> interchange.importFile(deep));
        assertEquals(deep, e.file());
        assertEquals(2, e.line());
        assertTrue(e.reason().contains("nested deeper than 64 levels"), e.getMessage());
    }

    @Test
    void oneDeeplyNestedFileInAFolderIsOneProblemOfTheAuditAndTheOtherFilesAreAudited() throws Exception {
        Files.writeString(temp.resolve("deep.xml"), "<domain type='kvm'>" + "<devices>".repeat(25_000)
                + "</devices>".repeat(25_000) + "</domain>");
        Files.copy(Examples.path("interchange/libvirt-qemu-legacy.xml"), temp.resolve("legacy.xml"));
        AuditReport report = interchange.audit(temp);
        assertEquals(1, report.problems().size(), report.toText());
        assertEquals("deep.xml", report.problems().get(0).file().getFileName().toString());
        assertEquals(List.of("nt4-pos"), report.vms().stream().map(v -> v.vm()).toList());
    }

    @Test
    void descendantsWalksThirtyThousandLevelsWithoutRecursing() {
        Document document = SafeXml.newDocument();
        Element root = document.createElement("root");
        document.appendChild(root);
        Element parent = root;
        for (int i = 0; i < 30_000; i++) { // where the recursive walk overflowed the stack (issue 14)
            parent = (Element) parent.appendChild(document.createElement(i == 29_999 ? "disk" : "x"));
        }
        assertEquals(List.of(parent), Dom.descendants(root, "disk"));
    }

    @Test
    void anImporterThatOverflowsItsStackFailsItsOwnFileWithAnErrorNamingIt() throws Exception {
        Path file = Files.writeString(temp.resolve("any.cfg"), "x");
        ConfigurationImporter recursive = new ConfigurationImporter() {
            @Override
            public String id() {
                return "recursive";
            }

            @Override
            public List<String> fileNamePatterns() {
                return List.of("*.cfg");
            }

            @Override
            public boolean canRead(Path path, byte[] head) {
                return true;
            }

            @Override
            public ImportResult importFile(Path path) {
                return importFile(path); // a reader's unbounded recursion
            }
        };
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> new Interchange(List.of(recursive), List.of()).importFile(file));
        assertEquals(file, e.file());
        assertTrue(e.reason().contains("nested too deeply for importer 'recursive'"), e.getMessage());
    }

    @Test
    void aFifoIsRefusedBeforeAnythingOpensIt() throws Exception {
        Path fifo = temp.resolve("domain.xml");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        // without the check, opening the FIFO blocks for ever: the timeout only keeps a regression from hanging
        InterchangeException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(InterchangeException.class, () -> interchange.importFile(fifo)));
        assertTrue(e.reason().contains("not a regular file"), e.getMessage());
    }
}
