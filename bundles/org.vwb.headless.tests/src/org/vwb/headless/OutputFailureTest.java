package org.vwb.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * A write that fails names the file the user asked for. In this package because a full disk cannot be made in a
 * test: the JDK reports it as a bare {@code IOException("No space left on device")}, naming no file at all.
 */
class OutputFailureTest {

    private static final Path TARGET = Path.of("reports/run.json");

    @Test
    void aFullDiskNamesTheTargetFile() {
        assertEquals("reports/run.json: cannot be written (No space left on device)",
                OutputFiles.cannotWrite(TARGET, new IOException("No space left on device")).getMessage());
    }

    @Test
    void aFailureOnTheTemporaryFileIsSaidOfTheTarget() {
        assertEquals("reports/run.json: cannot be written (permission denied)", OutputFiles.cannotWrite(TARGET,
                new AccessDeniedException("reports/.run.json123.tmp")).getMessage());
    }
}
