package org.vwb.headless;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vwb.model.persistence.ModelFiles;

/**
 * Writes every output file of every command the same way: never a half-written file (a temporary file beside the
 * target, then an atomic rename or link), and never over an existing file unless the user said {@code --force}.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Writes {@code content} to {@code target}.
     *
     * @param replace whether an existing file may be replaced ({@code --force})
     * @throws FileAlreadyExistsException when the file exists and {@code replace} is false; the file is untouched
     */
    public static void write(Path target, byte[] content, boolean replace) throws IOException {
        if (replace) {
            ModelFiles.writeAtomically(target, content);
            return;
        }
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw exists(target);
        }
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            // link(2) fails when the name exists, so a file created since the check above is not overwritten
            Files.createLink(absolute, temporary);
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (UnsupportedOperationException e) {
            Files.move(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAlreadyExistsException exists(Path target) {
        return new FileAlreadyExistsException(target.toString(), null, "exists (use --force to replace it)");
    }
}
