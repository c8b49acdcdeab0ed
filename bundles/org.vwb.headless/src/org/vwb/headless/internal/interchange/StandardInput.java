package org.vwb.headless.internal.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.InterchangeWarning;

/**
 * {@code -} as an input file ({@code virsh dumpxml dom | vwb import -}): standard input is read up to a limit,
 * never further, into a private temporary file that importers read like any other, and messages name
 * {@code -} rather than that file.
 *
 * @param folder the private temporary folder, removed by {@link #close()}
 * @param file   the file holding what standard input gave
 */
public record StandardInput(Path folder, Path file) implements AutoCloseable {

    /** How a message names standard input. */
    public static final Path NAME = Path.of("-");

    /** The most standard input may give: as much as any configuration file may hold (16 MiB). */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** Reads {@code in} to its end; more than {@link #MAX_BYTES} is refused before it is all read. */
    public static StandardInput read(InputStream in) throws IOException, InterchangeException {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new InterchangeException(NAME, 0, "standard input gives more than " + MAX_BYTES
                    + " bytes (16 MiB), more than any configuration file holds");
        }
        if (content.length == 0) {
            throw new InterchangeException(NAME, 0, "standard input is empty");
        }
        Path folder = Files.createTempDirectory("vwb-stdin");
        Path file = folder.resolve("stdin");
        Files.write(file, content);
        return new StandardInput(folder, file);
    }

    /** The exception as if it were about {@code -}. */
    public InterchangeException named(InterchangeException e) {
        return e.file() != null && e.file().equals(file) ? new InterchangeException(NAME, e.line(), e.reason(), e)
                : e;
    }

    /** The warning as if it were about {@code -}. */
    public InterchangeWarning named(InterchangeWarning w) {
        return file.equals(w.file()) ? new InterchangeWarning(NAME, w.line(), w.element(), w.message()) : w;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
