package org.vwb.sweep.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;

/**
 * A model read back from the text a task carries. The submitter loaded and validated the same text from its file
 * (with every check {@code ModelFiles} makes), so what can go wrong here is only a task that was tampered with.
 */
final class ModelText {

    private ModelText() {
    }

    static Model load(String text) throws IOException {
        ResourceSet resources = ModelFiles.newResourceSet();
        Resource resource = resources.createResource(URI.createURI("vwb-sweep:/task.vwb"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resources.getLoadOptions());
        if (!resource.getErrors().isEmpty()) {
            throw new IOException("the task's model does not load: " + resource.getErrors().get(0).getMessage());
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Model model)) {
            throw new IOException("the task's text is not a vwb model");
        }
        return model;
    }
}
