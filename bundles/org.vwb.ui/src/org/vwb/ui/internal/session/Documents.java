package org.vwb.ui.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.InterchangeWarning;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;

/**
 * Opens a file as a {@link Document}: a {@code .vwb} file through the model bundle's loader, anything else
 * (OVF/OVA, libvirt XML, .vmx) through the first installed importer that reads it, with its warnings. A file
 * that cannot be read opens too, as a document holding only its problems: never an exception dialog.
 */
public final class Documents {

    private final List<ConfigurationImporter> importers;

    public Documents(List<ConfigurationImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    public Document open(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vwb")) {
            Optional<Document> imported = importIfReadable(file);
            if (imported.isPresent()) {
                return imported.get();
            }
        }
        try {
            Model model = ModelFiles.load(file);
            return new Document(file.getFileName().toString(), file, model, List.of(), List.of());
        } catch (ModelLoadException e) {
            return Document.failed(file, List.of(e.getMessage()));
        }
    }

    private Optional<Document> importIfReadable(Path file) {
        Interchange interchange = new Interchange(importers, List.of());
        try {
            Optional<ConfigurationImporter> importer = interchange.importerFor(file);
            if (importer.isEmpty()) {
                return Optional.empty();
            }
            ImportResult result = importer.get().importFile(file);
            List<String> warnings = result.warnings().stream().map(InterchangeWarning::toString).toList();
            String name = file.getFileName().toString();
            String title = name.replaceFirst("\\.[^.]*$", "") + " (imported by " + importer.get().id() + ")";
            return Optional.of(new Document(title, null, result.model(), List.of(), warnings));
        } catch (InterchangeException e) {
            return Optional.of(Document.failed(file, List.of(e.getMessage())));
        }
    }
}
