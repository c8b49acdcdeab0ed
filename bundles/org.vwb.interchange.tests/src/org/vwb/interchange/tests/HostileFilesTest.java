package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.InterchangeException;
import org.vwb.testing.Examples;

/** Files from strangers: each attack in examples/interchange/malicious/ is refused with file, line and reason. */
class HostileFilesTest {

    @TempDir
    Path temp;

    private final Interchange interchange = Interchange.builtIn();

    @Test
    void externalEntityIsRefusedBeforeAnythingIsResolved() {
        InterchangeException e = refused("xxe-external-entity.ovf");
        assertTrue(e.reason().contains("DOCTYPE"), e.getMessage());
        assertEquals(2, e.line(), "the DOCTYPE's line");
        assertTrue(!e.getMessage().contains("root:"), "nothing of /etc/passwd leaks into the message");
    }

    @Test
    void parameterEntityFetchingARemoteDtdIsRefused() {
        assertTrue(refused("xxe-parameter-entity.xml").reason().contains("DOCTYPE"));
    }

    @Test
    void entityExpansionBombIsRefusedQuickly() {
        long start = System.nanoTime();
        assertTrue(refused("billion-laughs.xml").reason().contains("DOCTYPE"));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "no expansion happens");
    }

    @Test
    void ovaEntryClimbingOutWithDotDotIsRefused() {
        assertTrue(refused("path-traversal.ova").reason().contains("'..'"));
    }

    @Test
    void ovaEntryWithAnAbsolutePathIsRefused() {
        assertTrue(refused("absolute-path.ova").reason().contains("absolute path"));
    }

    @Test
    void ovaSymlinkIsRefused() {
        assertTrue(refused("symlink.ova").reason().contains("symbolic link"));
    }

    @Test
    void ovaHeaderClaimingAHugeDescriptorIsRefusedWithoutReadingIt() {
        assertTrue(refused("oversized-descriptor.ova").reason().contains("exceeds the limit"));
    }

    @Test
    void truncatedOvaSaysWhereItEnds() {
        assertTrue(refused("truncated.ova").reason().contains("archive ends"));
    }

    @Test
    void vmxValueWithoutClosingQuoteNamesItsLine() {
        InterchangeException e = refused("unterminated-quote.vmx");
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("closing quote"));
    }

    @Test
    void descriptorBeyondSixteenMebibytesIsRefusedBeforeParsing() throws Exception {
        Path big = temp.resolve("big.ovf");
        Files.writeString(big, "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\">");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(17L * 1024 * 1024);
        }
        InterchangeException e = assertThrows(InterchangeException.class, () -> interchange.importFile(big));
        assertTrue(e.reason().contains("16 MiB"), e.getMessage());
    }

    @Test
    void malformedXmlNamesFileLineAndReason() throws Exception {
        Path broken = temp.resolve("broken.xml");
        Files.writeString(broken, "<domain type='kvm'>\n  <name>x</name>\n  <memory>1024</memory>\n</domian>\n");
        InterchangeException e = assertThrows(InterchangeException.class, () -> interchange.importFile(broken));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith(broken + ":4: "), e.getMessage());
    }

    private InterchangeException refused(String name) {
        Path file = Examples.path("interchange/malicious/" + name);
        InterchangeException e = assertThrows(InterchangeException.class, () -> interchange.importFile(file));
        assertEquals(file, e.file());
        return e;
    }
}
