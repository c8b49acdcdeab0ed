package org.vwb.headless;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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
     * @throws FileSystemException naming {@code target} (never the temporary file) when it cannot be written
     */
    public static void write(Path target, byte[] content, boolean replace) throws IOException {
        try {
            writeOrFail(target, content, replace);
        } catch (FileSystemException e) {
            if (target.toString().equals(e.getFile())) {
                throw e;
            }
            throw cannotWrite(target, e);
        }
    }

    private static void writeOrFail(Path target, byte[] content, boolean replace) throws IOException {
        if (replace) {
            ModelFiles.writeAtomically(target, content);
            return;
        }
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw exists(target);
        }
        Files.createDirectories(absolute.getParent());
        Path temporary = ModelFiles.temporaryBeside(absolute);
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

    /**
     * What went wrong, said of the file the user named: the exception names whichever path failed (a temporary
     * file, a folder that could not be created), which the user never asked for.
     */
    private static FileSystemException cannotWrite(Path target, FileSystemException e) {
        Path folder = target.toAbsolutePath().getParent();
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            reason = e.getFile() + " is not a folder";
        } else if (e instanceof NoSuchFileException) {
            reason = "no file can be created in " + folder;
        } else {
            reason = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        }
        FileSystemException failure = new FileSystemException(target.toString(), null,
                "cannot be written (" + reason + ")");
        failure.initCause(e);
        return failure;
    }

    private static FileAlreadyExistsException exists(Path target) {
        return new FileAlreadyExistsException(target.toString(), null, "exists (use --force to replace it)");
    }
}
