package org.vwb.ui.internal.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.provider.VwbItemProviderAdapterFactory;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;

/**
 * One configuration file open in the workbench: its model in an EMF editing domain whose command stack gives
 * undo/redo and the dirty state, its validation findings (recomputed after every command), the warnings of the
 * import it came from, and where it is saved. A model that came from a problem file has no model at all, only
 * {@link #loadProblems()}.
 */
public final class Document {

    private final String title;
    private Path file;
    private final Model model;
    private final List<String> loadProblems;
    private final List<String> importWarnings;
    private final ComposedAdapterFactory adapters;
    private final AdapterFactoryEditingDomain domain;
    private List<Finding> findings = List.of();

    Document(String title, Path file, Model model, List<String> loadProblems, List<String> importWarnings) {
        this.title = title;
        this.file = file;
        this.model = model;
        this.loadProblems = List.copyOf(loadProblems);
        this.importWarnings = List.copyOf(importWarnings);
        this.adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapters.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapters.addAdapterFactory(new VwbItemProviderAdapterFactory());
        adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        ResourceSet resources = model != null && model.eResource() != null ? model.eResource().getResourceSet()
                : ModelFiles.newResourceSet();
        this.domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), resources);
        if (model != null && model.eResource() == null) {
            Resource resource = resources.createResource(URI.createFileURI(
                    (file != null ? file : Path.of(title + ".vwb")).toAbsolutePath().toString()));
            resource.getContents().add(model);
        }
        domain.getCommandStack().addCommandStackListener(e -> revalidate());
        revalidate();
    }

    /** A document holding only why its file could not be opened. */
    static Document failed(Path file, List<String> problems) {
        return new Document(file.getFileName().toString(), file, null, problems, List.of());
    }

    public String title() {
        return file != null ? file.getFileName().toString() : title;
    }

    /** Where Save writes; empty for an imported file not saved yet (Save asks where, as Save As does). */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public Optional<Model> model() {
        return Optional.ofNullable(model);
    }

    public List<Configuration> configurations() {
        return model == null ? List.of() : List.copyOf(model.getConfigurations());
    }

    public List<String> loadProblems() {
        return loadProblems;
    }

    public List<String> importWarnings() {
        return importWarnings;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The findings on one element (its own, not its children's): the markers the tree shows. */
    public List<Finding> findingsOn(EObject element) {
        List<Finding> on = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.element() == element) {
                on.add(finding);
            }
        }
        return on;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapters() {
        return adapters;
    }

    public BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    /** Unsaved edits, or an import never saved as a .vwb file. */
    public boolean isDirty() {
        return model != null && (commandStack().isSaveNeeded() || file == null);
    }

    /**
     * Saves atomically (the model bundle writes a temporary file and renames it). On failure the document stays
     * dirty and the exception says why; on success the command stack's save point moves here.
     */
    public void saveAs(Path target) throws IOException {
        if (model == null) {
            throw new IOException(title() + " has no model to save: it could not be opened");
        }
        Path previous = file;
        Resource resource = model.eResource();
        URI previousUri = resource.getURI();
        resource.setURI(URI.createFileURI(target.toAbsolutePath().toString()));
        try {
            ModelFiles.save(model, target);
        } catch (IOException | RuntimeException e) {
            resource.setURI(previousUri);
            file = previous;
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        file = target;
        commandStack().saveIsDone();
    }

    public void dispose() {
        adapters.dispose();
    }

    private void revalidate() {
        findings = model == null ? List.of() : ModelValidation.validate(model);
    }
}
