package org.vwb.interchange;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/**
 * Writes a vwb configuration in another product's format. Files are always replaced atomically. A format that
 * holds one VM per file writes one file per VM, see {@link ExportResult#files()}.
 */
@ConsumerType
public interface ConfigurationExporter {

    /** The format's name as the command line spells it, e.g. {@code ovf} or {@code libvirt}. */
    String format();

    /** The file name extension this format uses, with its dot, e.g. {@code .ovf}. */
    String fileExtension();

    /** Writes one configuration (its VMs, their devices) to {@code target}. */
    ExportResult export(Configuration configuration, Path target) throws IOException;

    /**
     * Writes every configuration of a model: the only one to {@code target}, several beside it with the
     * configuration's name appended to the file name.
     */
    default ExportResult export(Model model, Path target) throws IOException {
        if (model.getConfigurations().size() == 1) {
            return export(model.getConfigurations().get(0), target);
        }
        ExportResult all = ExportResult.empty();
        for (Configuration configuration : model.getConfigurations()) {
            all = all.and(export(configuration, Interchange.sibling(target, configuration.getName())));
        }
        return all;
    }
}
