package org.vwb.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The bytes of a model, read with the checks every input needs before anything opens it: a regular file (a FIFO,
 * a device or a socket would block or never end), and never more than {@link ModelFiles#MAX_FILE_BYTES}, counted
 * while reading, so a file that grows after its size was checked or a pipe cannot bypass the limit.
 */
final class ModelInput {

    private ModelInput() {
    }

    static byte[] read(Path file) throws ModelLoadException {
        checkRegularFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(file, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ModelLoadException(file, 0, "permission denied", e);
        } catch (IOException e) {
            throw new ModelLoadException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Fails unless the path names a regular file (after symbolic links). Only the file's metadata is read, so
     * this never blocks, whatever the path names.
     */
    static void checkRegularFile(Path file) throws ModelLoadException {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new ModelLoadException(file, 0, "is a directory, not a .vwb file", null);
        }
        if (Files.exists(file)) {
            throw new ModelLoadException(file, 0, "is not a regular file (a FIFO, device or socket); give a .vwb "
                    + "file, or '-' to read standard input", null);
        }
        throw new ModelLoadException(file, 0, "no such file", null);
    }

    /** Reads a stream to its end, refusing it as soon as it passes the limit. */
    static byte[] read(Path label, InputStream in) throws ModelLoadException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            bytes.write(buffer, 0, n);
            if (bytes.size() > ModelFiles.MAX_FILE_BYTES) {
                throw new ModelLoadException(label, 0, "more than " + ModelFiles.MAX_FILE_BYTES
                        + " bytes, the limit for a model", null);
            }
        }
        if (bytes.size() == 0) {
            throw new ModelLoadException(label, 0, "file is empty", null);
        }
        return bytes.toByteArray();
    }
}
