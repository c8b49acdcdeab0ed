package org.vwb.sweep.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;

/**
 * A model read back from the text a task carries, with every check a file gets ({@code ModelFiles}): a member
 * takes tasks from the network, so their text is read as carefully as a file from anywhere.
 */
final class ModelText {

    private static final Path LABEL = Path.of("sweep-task.vwb");

    private ModelText() {
    }

    static Model load(String text) throws IOException {
        try {
            return ModelFiles.load(LABEL, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (ModelLoadException e) {
            throw new IOException("the task's model does not load: " + e.getMessage(), e);
        }
    }
}
