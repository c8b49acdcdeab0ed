package org.vwb.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.vwb.model.Model;
import org.vwb.model.VwbPackage;

/**
 * Loads and saves {@code .vwb} files. Every way a file can be wrong (missing, not a regular file, too large, not
 * XML, nested too deep, truncated, a DOCTYPE, an unknown element or enum literal, a dangling reference, a newer
 * model version, another product's format) ends in one {@link ModelLoadException} naming file, line and reason.
 * Loading reads the one file named and nothing else: references to other documents are never followed. Saving
 * replaces the target atomically.
 */
public final class ModelFiles {

    /** Files larger than this are refused before parsing: no real configuration comes near it. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private ModelFiles() {
    }

    /**
     * A fresh resource set that knows the vwb package and the {@code .vwb} resource factory, and that never opens
     * anything by itself: a reference to another document (a URL, another file) stays an unresolved proxy,
     * which validation reports. Load into it with {@link #load(Path, ResourceSet)}.
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new SealedResourceSet();
        resources.getPackageRegistry().put(VwbPackage.eNS_URI, VwbPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new VwbResourceFactory());
        return resources;
    }

    /** Loads the model of a file into a resource set of its own. */
    public static Model load(Path file) throws ModelLoadException {
        return load(file, newResourceSet());
    }

    /**
     * Loads the model of a file into the given resource set. Only the file itself is read, through the bounded
     * checks of {@link #load(Path)}; the set should come from {@link #newResourceSet()}, or it may resolve
     * references to other documents on its own.
     */
    public static Model load(Path file, ResourceSet resources) throws ModelLoadException {
        return parse(file, ModelInput.read(file), URI.createFileURI(file.toAbsolutePath().toString()), resources);
    }

    /**
     * Loads a model from a stream (standard input), bounded by the same limit as a file. {@code label} names the
     * input in messages, e.g. {@code <stdin>}.
     */
    public static Model load(Path label, InputStream in) throws ModelLoadException {
        byte[] content;
        try {
            content = ModelInput.read(label, in);
        } catch (IOException e) {
            throw new ModelLoadException(label, 0, "cannot read: " + e.getMessage(), e);
        }
        return parse(label, content, URI.createURI("stdin:/" + URI.encodeSegment(label.toString(), false)),
                newResourceSet());
    }

    private static Model parse(Path file, byte[] content, URI uri, ResourceSet resources)
            throws ModelLoadException {
        Optional<String> foreign = ForeignFormats.recognise(content);
        if (foreign.isPresent()) {
            throw new ModelLoadException(file, 0, "is " + foreign.get() + ", not a vwb model; convert it with "
                    + "'vwb import'", null);
        }
        Resource resource = resources.createResource(uri);
        try (InputStream in = new java.io.ByteArrayInputStream(content)) {
            resource.load(in, resources.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            resources.getResources().remove(resource);
            throw LoadProblems.translate(file, e);
        }
        if (!resource.getErrors().isEmpty()) {
            resources.getResources().remove(resource);
            throw LoadProblems.translate(file, resource.getErrors().get(0));
        }
        List<EObject> contents = resource.getContents();
        if (contents.size() != 1 || !(contents.get(0) instanceof Model)) {
            resources.getResources().remove(resource);
            throw new ModelLoadException(file, 1, "not a vwb model: the root element must be vwb:Model", null);
        }
        return (Model) contents.get(0);
    }

    /**
     * Saves a model atomically: written to a temporary file beside the target, then renamed over it, so readers
     * and crashes see either the old file or the whole new one.
     */
    public static void save(Model model, Path file) throws IOException {
        Resource resource = model.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(model);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, VwbResourceFactory.saveOptions());
        writeAtomically(file, bytes.toByteArray());
    }

    /** Writes bytes to a file through a temporary file in the same folder and an atomic rename. */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = temporaryBeside(target);
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A temporary file in the target's folder, for an atomic rename over the target, named {@code .NAME<n>.tmp}.
     * It gets the permissions of the file it will replace, or those a new file usually has (rw-r--r--): a
     * temporary file is created private (rw-------), and a report or model renamed from it would otherwise be
     * unreadable to everyone else. Stale temporary files of the same target left by a killed write are removed.
     */
    public static Path temporaryBeside(Path target) throws IOException {
        return Temporaries.beside(target);
    }
}
