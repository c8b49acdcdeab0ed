package org.vwb.headless;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.vwb.model.persistence.ModelFiles;

/**
 * Writes every output file of every command the same way: never a half-written file (a temporary file beside the
 * target, then an atomic rename or link), never over an existing file unless the user said {@code --force}, never
 * over one of the command's inputs at all, and a failure always names the file the user asked for.
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
        } catch (IOException e) {
            throw cannotWrite(target, e); // "No space left on device" and its like name no file at all
        }
    }

    /**
     * Writes {@code content} to {@code target}, which must not be one of the command's {@code inputs}.
     *
     * @throws FileSystemException naming {@code target} when it is an input, even with {@code replace}
     * @see #write(Path, byte[], boolean)
     */
    public static void write(Path target, byte[] content, boolean replace, Collection<Path> inputs)
            throws IOException {
        refuseInput(target, inputs);
        write(target, content, replace);
    }

    /**
     * Fails when {@code target} is one of {@code inputs}: the same path, or the same file through a symbolic or
     * hard link. {@code --force} replaces an old output, never the file a command reads.
     */
    public static void refuseInput(Path target, Collection<Path> inputs) throws FileSystemException {
        for (Path input : inputs) {
            if (sameFile(target, input)) {
                throw new FileSystemException(target.toString(), null, "is also an input of this command ("
                        + input + "); an input is never replaced, not even with --force");
            }
        }
    }

    /** The operands of a command line that name existing files: what an output must not replace. */
    public static List<Path> inputsOf(Arguments arguments) {
        return arguments.operands().stream().filter(o -> !o.isEmpty() && !o.equals("-")).map(Path::of)
                .filter(Files::exists).toList();
    }

    private static boolean sameFile(Path target, Path input) {
        if (target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
        } catch (IOException e) {
            return false; // one cannot be read: the write itself will say so
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
    static FileSystemException cannotWrite(Path target, IOException e) {
        Path folder = target.toAbsolutePath().getParent();
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            reason = ((FileSystemException) e).getFile() + " is not a folder";
        } else if (e instanceof NoSuchFileException) {
            reason = "no file can be created in " + folder;
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
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
