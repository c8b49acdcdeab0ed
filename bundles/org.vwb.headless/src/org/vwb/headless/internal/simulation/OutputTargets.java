package org.vwb.headless.internal.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.headless.OutputFiles;

/**
 * The files a command will write, checked before it runs anything: a run of minutes should not end in "exists
 * (use --force)" or "permission denied". Written at the end through {@link OutputFiles}, atomically, so a reader
 * sees the old file or the whole new one, never half a report.
 */
public final class OutputTargets {

    private final Map<Path, byte[]> pending = new LinkedHashMap<>();
    private final boolean force;

    public OutputTargets(boolean force) {
        this.force = force;
    }

    /** Fails with one line per target that exists (without {@code --force}) or cannot be written. */
    public void check(List<Path> targets) throws Rejected {
        List<String> problems = new ArrayList<>();
        for (Path target : targets) {
            Path absolute = target.toAbsolutePath();
            if (Files.isDirectory(absolute)) {
                problems.add(target + ": is a directory");
            } else if (Files.exists(absolute) && !force) {
                problems.add(target + ": exists (use --force to replace it)");
            } else if (Files.exists(absolute) && !Files.isWritable(absolute)) {
                problems.add(target + ": permission denied");
            } else {
                Path folder = existingAncestor(absolute.getParent());
                if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
                    problems.add(target + ": cannot be written (" + (folder == null ? "no folder" : folder
                            + (Files.isDirectory(folder) ? " is not writable" : " is not a folder")) + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
    }

    /** Keeps a report to write once every report is ready. */
    public void add(Path target, byte[] content) {
        pending.put(target, content);
    }

    /** Writes every report kept; returns the paths written. */
    public List<Path> writeAll() throws IOException {
        for (Map.Entry<Path, byte[]> file : pending.entrySet()) {
            OutputFiles.write(file.getKey(), file.getValue(), force);
        }
        return List.copyOf(pending.keySet());
    }

    private static Path existingAncestor(Path folder) {
        Path candidate = folder;
        while (candidate != null && !Files.exists(candidate)) {
            candidate = candidate.getParent();
        }
        return candidate;
    }
}
