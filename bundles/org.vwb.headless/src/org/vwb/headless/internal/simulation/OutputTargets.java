package org.vwb.headless.internal.simulation;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.headless.Arguments;
import org.vwb.headless.Option;
import org.vwb.headless.OutputFiles;

/**
 * The files a command will write, checked before it runs anything: a run of minutes should not end in "exists
 * (use --force)" or "permission denied". Written at the end through {@link OutputFiles}, atomically, so a reader
 * sees the old file or the whole new one, never half a report.
 */
public final class OutputTargets {

    private final Map<Path, byte[]> pending = new LinkedHashMap<>();
    private final boolean force;
    private final List<Path> inputs;

    /** The targets of a command line: {@code --force} and the inputs (operands) no output may replace. */
    public OutputTargets(Arguments arguments) {
        this.force = arguments.has(Option.FORCE);
        this.inputs = OutputFiles.inputsOf(arguments);
    }

    /**
     * Fails with one line per target that is an input of the command, exists (without {@code --force}) or cannot
     * be written.
     */
    public void check(List<Path> targets) throws Rejected {
        List<String> problems = new ArrayList<>();
        for (Path target : targets) {
            Path absolute = target.toAbsolutePath();
            try {
                OutputFiles.refuseInput(target, inputs);
            } catch (FileSystemException e) {
                problems.add(e.getMessage());
                continue;
            }
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
            OutputFiles.write(file.getKey(), file.getValue(), force, inputs);
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
