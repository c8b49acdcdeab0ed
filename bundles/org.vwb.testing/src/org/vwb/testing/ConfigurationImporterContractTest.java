package org.vwb.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.InterchangeException;
import org.vwb.model.validation.ModelValidation;

/**
 * What the command line, the audit and the workbench rely on from every {@link ConfigurationImporter}: a file
 * it reads becomes a model that validates; a file it cannot read is one {@link InterchangeException} naming
 * file, line and reason; hostile XML is refused. An importer's test subclasses this and provides the importer
 * and a sample file; the test methods are final so that every importer meets the same contract.
 */
public abstract class ConfigurationImporterContractTest {

    @TempDir
    protected Path temp;

    /** The importer under test. */
    protected abstract ConfigurationImporter importer();

    /** A file of the importer's format that it reads, with at least one VM. */
    protected abstract Path sample();

    /** Whether the format is XML, so that a document type declaration (XXE, entity bombs) must be refused. */
    protected boolean readsXml() {
        return true;
    }

    /** The sample cut off where it can no longer be read; by default in the middle. */
    protected byte[] truncated(byte[] sample) {
        return Arrays.copyOf(sample, sample.length / 2);
    }

    @Test
    public final void declaresAnIdAndFileNamePatterns() {
        assertTrue(importer().id().matches("[a-z0-9]+(-[a-z0-9]+)*"), importer().id());
        assertFalse(importer().fileNamePatterns().isEmpty(), "file name patterns");
    }

    @Test
    public final void claimsItsSampleFromNameAndFirstBytes() throws IOException {
        byte[] head = Arrays.copyOf(Files.readAllBytes(sample()),
                (int) Math.min(Files.size(sample()), Interchange.HEAD_BYTES));
        assertTrue(importer().canRead(sample(), head), sample().toString());
    }

    @Test
    public final void importsItsSampleIntoAModelThatValidatesWithoutErrors() throws Exception {
        ImportResult result = importer().importFile(sample());
        assertFalse(result.model().getConfigurations().isEmpty(), "one configuration per VM");
        assertFalse(ModelValidation.hasErrors(ModelValidation.validate(result.model())),
                () -> ModelValidation.validate(result.model()).toString());
        result.model().getConfigurations().forEach(c -> assertFalse(c.getVirtualMachines().isEmpty(), c.getName()));
    }

    @Test
    public final void warningsNameTheFileTheyAreAbout() throws Exception {
        importer().importFile(sample()).warnings().forEach(w -> assertEquals(sample(), w.file(), w.toString()));
    }

    @Test
    public final void refusesADocumentTypeDeclarationWithFileLineAndReason() throws Exception {
        assumeTrue(readsXml(), "not an XML format");
        String text = Files.readString(sample(), StandardCharsets.UTF_8);
        int afterDeclaration = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
        Path hostile = copy(text.substring(0, afterDeclaration) + "\n<!DOCTYPE x [<!ENTITY e \"e\">]>"
                + text.substring(afterDeclaration));
        InterchangeException e = assertThrows(InterchangeException.class, () -> importer().importFile(hostile));
        assertOneLineNaming(hostile, e);
    }

    @Test
    public final void reportsATruncatedFileWithItsLine() throws Exception {
        Path cut = temp.resolve(sample().getFileName().toString());
        Files.write(cut, truncated(Files.readAllBytes(sample())));
        InterchangeException e = assertThrows(InterchangeException.class, () -> importer().importFile(cut));
        assertOneLineNaming(cut, e);
    }

    @Test
    public final void reportsAMissingFileNamingIt() {
        Path missing = temp.resolve("missing-" + sample().getFileName());
        InterchangeException e = assertThrows(InterchangeException.class, () -> importer().importFile(missing));
        assertEquals(missing, e.file());
        assertFalse(e.reason().isBlank());
    }

    private Path copy(String content) throws IOException {
        Path copy = temp.resolve(sample().getFileName().toString());
        Files.writeString(copy, content, StandardCharsets.UTF_8);
        return copy;
    }

    private static void assertOneLineNaming(Path file, InterchangeException e) {
        assertEquals(file, e.file());
        assertTrue(e.line() > 0, () -> "a line: " + e.getMessage());
        assertFalse(e.reason().isBlank());
        assertFalse(e.getMessage().contains("\n"), () -> "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + e.line() + ": "), e.getMessage());
    }
}
