package org.vwb.headless.internal.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.VwbResourceFactory;

/**
 * A model as the bytes of a {@code .vwb} file, so that the command line can write it through
 * {@link org.vwb.headless.OutputFiles} (no overwrite without {@code --force}) instead of
 * {@link ModelFiles#save}, which always replaces.
 */
public final class ModelBytes {

    private ModelBytes() {
    }

    /** Serializes a model that is not yet in a resource, as the file {@code target} would hold it. */
    public static byte[] of(Model model, Path target) throws IOException {
        Resource resource = ModelFiles.newResourceSet()
                .createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        resource.getContents().add(model);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, VwbResourceFactory.saveOptions());
        return bytes.toByteArray();
    }
}
