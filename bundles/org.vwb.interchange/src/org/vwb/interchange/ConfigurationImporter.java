package org.vwb.interchange;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads the configuration file of another product into a complete, valid vwb model. Implementations are
 * Declarative Services components; a third party may add one for a format vwb does not know.
 */
@ConsumerType
public interface ConfigurationImporter {

    /** A short stable id, e.g. {@code ovf}, {@code libvirt}, {@code vmx}. */
    String id();

    /** File name patterns this importer reads, for file dialogs and help texts, e.g. {@code *.ovf}. */
    List<String> fileNamePatterns();

    /**
     * Whether this importer reads the file, judged from its name and its first bytes only (the whole file may be
     * large or hostile). {@code head} holds at most {@link Interchange#HEAD_BYTES} bytes.
     */
    boolean canRead(Path file, byte[] head);

    /** Reads the file; a file that cannot be read ends in an exception naming file, line and reason. */
    ImportResult importFile(Path file) throws InterchangeException;
}
