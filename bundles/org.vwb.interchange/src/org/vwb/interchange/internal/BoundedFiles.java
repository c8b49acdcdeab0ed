package org.vwb.interchange.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.vwb.interchange.InterchangeException;

/**
 * Reads whole files from strangers with a size limit checked before reading, so a huge or endless file
 * (a FIFO, /dev/zero) cannot exhaust memory.
 */
public final class BoundedFiles {

    /** No real descriptor, domain XML or .vmx comes near this; anything larger is refused. */
    public static final int MAX_DESCRIPTOR_BYTES = 16 * 1024 * 1024;

    private BoundedFiles() {
    }

    public static byte[] read(Path file) throws InterchangeException {
        try {
            requireRegular(file);
            long size = Files.size(file);
            tooLarge(file, size);
            if (size == 0) {
                throw new InterchangeException(file, 0, "file is empty");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InterchangeException(file, 0, "no such file", e);
        } catch (IOException e) {
            throw new InterchangeException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses anything but a regular file before it is opened: opening a FIFO blocks until a writer comes, and
     * a device such as /dev/zero never ends.
     */
    public static void requireRegular(Path file) throws InterchangeException {
        if (!Files.isRegularFile(file)) {
            throw new InterchangeException(file, 0, Files.exists(file) ? "is not a regular file (a FIFO, socket or "
                    + "device); vwb imports configuration files only (use - to read standard input)" : "no such file");
        }
    }

    /** Refuses a descriptor of {@code size} bytes when it is beyond {@link #MAX_DESCRIPTOR_BYTES}. */
    public static void tooLarge(Path file, long size) throws InterchangeException {
        if (size > MAX_DESCRIPTOR_BYTES) {
            throw new InterchangeException(file, 0, "descriptor of " + size + " bytes exceeds the limit of "
                    + MAX_DESCRIPTOR_BYTES + " bytes (16 MiB)");
        }
    }
}
