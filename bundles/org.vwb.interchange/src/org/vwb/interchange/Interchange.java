package org.vwb.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.vwb.interchange.audit.Audit;
import org.vwb.interchange.audit.AuditReport;
import org.vwb.interchange.internal.BoundedFiles;
import org.vwb.interchange.internal.libvirt.LibvirtExporter;
import org.vwb.interchange.internal.libvirt.LibvirtImporter;
import org.vwb.interchange.internal.ovf.OvfExporter;
import org.vwb.interchange.internal.ovf.OvfImporter;
import org.vwb.interchange.internal.vmx.VmxImporter;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/**
 * The importers and exporters in one place, for callers that do not look services up (the command line, tests):
 * picks the importer of a file by its name and first bytes, the exporter by format name, and runs audits.
 * In OSGi, build one from the registered services with {@link #Interchange(List, List)}.
 */
public final class Interchange {

    /** How many bytes of a file {@link ConfigurationImporter#canRead} gets to see. */
    public static final int HEAD_BYTES = 4096;

    private final List<ConfigurationImporter> importers;
    private final List<ConfigurationExporter> exporters;

    public Interchange(List<ConfigurationImporter> importers, List<ConfigurationExporter> exporters) {
        this.importers = List.copyOf(importers);
        this.exporters = List.copyOf(exporters);
    }

    /** The formats this bundle brings: OVF/OVA, libvirt domain XML and VMware .vmx; export to OVF and libvirt. */
    public static Interchange builtIn() {
        return new Interchange(List.of(new OvfImporter(), new LibvirtImporter(), new VmxImporter()),
                List.of(new OvfExporter(), new LibvirtExporter()));
    }

    public List<ConfigurationImporter> importers() {
        return importers;
    }

    public List<ConfigurationExporter> exporters() {
        return exporters;
    }

    /** The importer that reads a file, if any. */
    public Optional<ConfigurationImporter> importerFor(Path file) throws InterchangeException {
        byte[] head = head(file);
        return importers.stream().filter(i -> i.canRead(file, head)).findFirst();
    }

    /** Imports a file with the first importer that reads it. */
    public ImportResult importFile(Path file) throws InterchangeException {
        return importWith(importerFor(file).orElseThrow(() -> new InterchangeException(file, 0,
                "not a configuration format vwb reads (OVF/OVA, libvirt domain XML, VMware .vmx)")), file);
    }

    /**
     * Imports a file with an importer, so that whatever goes wrong inside it stays a failure of this file: a
     * bug or an exhausted stack in a reader (built-in or a plugin's) becomes an {@link InterchangeException}
     * naming the file, and a batch goes on with the next one.
     */
    public static ImportResult importWith(ConfigurationImporter importer, Path file) throws InterchangeException {
        try {
            return importer.importFile(file);
        } catch (StackOverflowError e) {
            throw new InterchangeException(file, 0, "nested too deeply for importer '" + importer.id() + "'", e);
        } catch (RuntimeException e) {
            throw new InterchangeException(file, 0, "importer '" + importer.id() + "' failed: " + e, e);
        }
    }

    /** The exporter of a format, e.g. {@code ovf} or {@code libvirt}. */
    public Optional<ConfigurationExporter> exporter(String format) {
        return exporters.stream().filter(e -> e.format().equalsIgnoreCase(format)).findFirst();
    }

    /** Exports every configuration of a model in a format; an unknown format is an {@link IllegalArgumentException}. */
    public ExportResult export(Model model, String format, Path target) throws IOException {
        return exporterOrFail(format).export(model, target);
    }

    /** Exports one configuration in a format. */
    public ExportResult export(Configuration configuration, String format, Path target) throws IOException {
        return exporterOrFail(format).export(configuration, target);
    }

    /** Audits every file in a folder (not its subfolders) that one of the importers reads. */
    public AuditReport audit(Path folder) throws IOException {
        return new Audit(this).scan(folder);
    }

    /** {@code dir/name-suffix.ext} for {@code dir/name.ext}: where the second and further files of an export go. */
    public static Path sibling(Path target, String suffix) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String safe = suffix.replaceAll("[^A-Za-z0-9._-]", "_");
        String sibling = dot > 0 ? name.substring(0, dot) + "-" + safe + name.substring(dot) : name + "-" + safe;
        return target.resolveSibling(sibling);
    }

    private ConfigurationExporter exporterOrFail(String format) {
        return exporter(format).orElseThrow(() -> new IllegalArgumentException("unknown export format '" + format
                + "'; known: " + exporters.stream().map(ConfigurationExporter::format).toList()));
    }

    private static byte[] head(Path file) throws InterchangeException {
        if (Files.isDirectory(file)) {
            throw new InterchangeException(file, 0, "is a directory, not a configuration file");
        }
        BoundedFiles.requireRegular(file);
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (NoSuchFileException e) {
            throw new InterchangeException(file, 0, "no such file", e);
        } catch (IOException e) {
            throw new InterchangeException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
