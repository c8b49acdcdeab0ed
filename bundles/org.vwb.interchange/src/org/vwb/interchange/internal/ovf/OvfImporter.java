package org.vwb.interchange.internal.ovf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.internal.BoundedFiles;
import org.vwb.interchange.internal.ImportedVm;
import org.vwb.interchange.internal.ModelAssembler;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.interchange.internal.Warnings;

/**
 * Imports OVF descriptors and .ova archives. An .ova is read as a tar stream, never extracted: its descriptor
 * must be the first file (DSP0243 5.3), and its manifest's digests are checked ({@link OvaArchive}).
 */
@Component(service = ConfigurationImporter.class)
public final class OvfImporter implements ConfigurationImporter {

    @Override
    public String id() {
        return "ovf";
    }

    @Override
    public List<String> fileNamePatterns() {
        return List.of("*.ovf", "*.ova");
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = new String(head, StandardCharsets.UTF_8);
        return name.endsWith(".ovf") || name.endsWith(".ova") || isTar(head)
                || (text.contains("Envelope") && text.contains("schemas.dmtf.org/ovf/envelope"));
    }

    @Override
    public ImportResult importFile(Path file) throws InterchangeException {
        Warnings warnings = new Warnings(file);
        byte[] descriptor = isArchive(file) ? OvaArchive.descriptor(file, warnings) : BoundedFiles.read(file);
        List<ImportedVm> vms = new OvfReader(file, warnings).read(SafeXml.parse(file, descriptor));
        return new ImportResult(ModelAssembler.assemble(file.getFileName().toString(), vms, warnings),
                warnings.list());
    }

    private static boolean isArchive(Path file) throws InterchangeException {
        BoundedFiles.requireRegular(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ova")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return isTar(in.readNBytes(512));
        } catch (IOException e) {
            throw new InterchangeException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isTar(byte[] head) {
        return head.length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    }
}
