package org.vwb.headless.internal.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.vwb.interchange.ConfigurationExporter;
import org.vwb.interchange.ExportResult;
import org.vwb.interchange.InterchangeWarning;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/**
 * An export written first into a private temporary folder, then moved into place. Exporters always replace
 * their target, and a model with several configurations writes several files whose names only the exporter
 * knows; staging lets the command line check every one of them against {@code --force} before it touches any.
 *
 * @param result what the exporter reported, with the staged files
 * @param folder the temporary folder, removed by {@link #close()}
 */
public record StagedExport(ExportResult result, Path folder) implements AutoCloseable {

    /** Exports a whole model, or the one configuration given, as if to {@code target}. */
    public static StagedExport of(ConfigurationExporter exporter, Model model, Configuration only, Path target)
            throws IOException {
        Path folder = Files.createTempDirectory("vwb-export");
        Path staged = folder.resolve(target.getFileName().toString());
        try {
            return new StagedExport(only == null ? exporter.export(model, staged) : exporter.export(only, staged),
                    folder);
        } catch (IOException | RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** Where each staged file goes: beside {@code target}, under the name the exporter gave it. */
    public List<Path> targets(Path target) {
        List<Path> targets = new ArrayList<>();
        for (Path file : result.files()) {
            targets.add(target.resolveSibling(file.getFileName().toString()));
        }
        return targets;
    }

    /** The exporter's warnings, naming the files where they will be rather than where they were staged. */
    public List<InterchangeWarning> warnings(Path target) {
        List<InterchangeWarning> warnings = new ArrayList<>();
        for (InterchangeWarning w : result.warnings()) {
            Path file = w.file() != null && folder.equals(w.file().getParent())
                    ? target.resolveSibling(w.file().getFileName().toString()) : w.file();
            warnings.add(new InterchangeWarning(file, w.line(), w.element(), w.message()));
        }
        return warnings;
    }

    /** The staged content of the {@code index}th file. */
    public byte[] content(int index) throws IOException {
        return Files.readAllBytes(result.files().get(index));
    }

    @Override
    public void close() throws IOException {
        delete(folder);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
