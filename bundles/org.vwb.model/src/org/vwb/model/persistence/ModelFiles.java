package org.vwb.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.vwb.model.Model;
import org.vwb.model.VwbPackage;

/**
 * Loads and saves {@code .vwb} files. Every way a file can be wrong (missing, not XML, truncated, a DOCTYPE,
 * an unknown element or enum literal, a dangling reference, a newer model version) ends in one
 * {@link ModelLoadException} naming file, line and reason; saving replaces the target atomically.
 */
public final class ModelFiles {

    /** Files larger than this are refused before parsing: no real configuration comes near it. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final Pattern MODEL_NAMESPACE = Pattern.compile("http://www\\.vwb\\.org/model/([0-9][0-9.]*)");
    private static final String CURRENT_VERSION = "1.0";

    private ModelFiles() {
    }

    /** A fresh resource set that knows the vwb package and the {@code .vwb} resource factory. */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(VwbPackage.eNS_URI, VwbPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new VwbResourceFactory());
        return resources;
    }

    /** Loads the model of a file into a resource set of its own. */
    public static Model load(Path file) throws ModelLoadException {
        return load(file, newResourceSet());
    }

    /** Loads the model of a file into the given resource set. */
    public static Model load(Path file, ResourceSet resources) throws ModelLoadException {
        byte[] content = read(file);
        checkModelVersion(file, content);
        Resource resource = resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
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
     * A temporary file in the target's folder, for an atomic rename over the target. It gets the permissions of
     * the file it will replace, or those a new file usually has (rw-r--r--): a temporary file is created private
     * (rw-------), and a report or model renamed from it would otherwise be unreadable to everyone else.
     */
    public static Path temporaryBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, Files.exists(absolute) ? Files.getPosixFilePermissions(absolute)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions keeps its own defaults
        }
        return temporary;
    }

    private static byte[] read(Path file) throws ModelLoadException {
        try {
            if (Files.isDirectory(file)) {
                throw new ModelLoadException(file, 0, "is a directory, not a .vwb file", null);
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ModelLoadException(file, 0, "file of " + size + " bytes exceeds the limit of "
                        + MAX_FILE_BYTES + " bytes", null);
            }
            if (size == 0) {
                throw new ModelLoadException(file, 0, "file is empty", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(file, 0, "no such file", e);
        } catch (IOException e) {
            throw new ModelLoadException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** A file from a newer vwb names a model namespace this version does not know: say so plainly. */
    private static void checkModelVersion(Path file, byte[] content) throws ModelLoadException {
        String head = new String(content, 0, Math.min(content.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
        Matcher namespace = MODEL_NAMESPACE.matcher(head);
        if (namespace.find() && !CURRENT_VERSION.equals(namespace.group(1))) {
            int line = (int) head.substring(0, namespace.start()).chars().filter(c -> c == '\n').count() + 1;
            throw new ModelLoadException(file, line, "written for vwb model version " + namespace.group(1)
                    + ", but this vwb reads model version " + CURRENT_VERSION + " (upgrade vwb to open it)", null);
        }
    }
}
