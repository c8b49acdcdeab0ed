package org.vwb.sweep.internal.command;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.headless.OutputFiles;
import org.vwb.headless.UsageException;

/**
 * The report files a sweep will write: claimed and checked before any run (a sweep of minutes must not end in
 * "exists"), rendered once every run is in, then each written atomically ({@link OutputFiles}).
 */
final class Outputs {

    private final boolean force;
    private final List<Path> inputs;
    private final Map<Path, String> claimed = new HashMap<>();
    private final Map<Path, byte[]> pending = new LinkedHashMap<>();

    /** @param inputs the files the sweep reads: never replaced, not even with {@code --force} */
    Outputs(boolean force, List<Path> inputs) {
        this.force = force;
        this.inputs = List.copyOf(inputs);
    }

    /** Two outputs in one file would leave only the last one: a command line that is wrong in itself. */
    void claim(Path target, String option) {
        String earlier = claimed.putIfAbsent(target.toAbsolutePath().normalize(), option);
        if (earlier != null) {
            throw new UsageException(earlier + " and " + option + " both name " + target
                    + ": each output needs its own file");
        }
    }

    /**
     * One line per claimed file that is an input, exists without {@code --force}, is a folder, or has no writable
     * folder.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Path target : claimed.keySet()) {
            Path folder = target.getParent();
            while (folder != null && !Files.exists(folder)) {
                folder = folder.getParent();
            }
            try {
                OutputFiles.refuseInput(target, inputs);
            } catch (FileSystemException e) {
                problems.add(e.getMessage());
                continue;
            }
            if (Files.isDirectory(target)) {
                problems.add(target + ": is a directory");
            } else if (Files.exists(target) && !force) {
                problems.add(target + ": exists (use --force to replace it)");
            } else if (folder == null || !Files.isWritable(folder)) {
                problems.add(target + ": cannot be written (" + folder + " is not writable)");
            }
        }
        return problems;
    }

    void add(Path target, byte[] content) {
        pending.put(target, content);
    }

    List<Path> writeAll() throws IOException {
        for (Map.Entry<Path, byte[]> file : pending.entrySet()) {
            OutputFiles.write(file.getKey(), file.getValue(), force);
        }
        return List.copyOf(pending.keySet());
    }
}
