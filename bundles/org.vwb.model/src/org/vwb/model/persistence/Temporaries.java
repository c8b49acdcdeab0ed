package org.vwb.model.persistence;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The temporary files of atomic writes: {@code .NAME<digits>.tmp} beside the target, renamed over it when
 * complete. A write that is killed leaves its temporary file behind; the next write to the same target removes
 * those older than {@link #STALE_AFTER}, and only those of exactly our naming, so nothing another program (or a
 * write still running) owns is touched.
 */
final class Temporaries {

    /** A write that started this long ago has ended one way or another (estimate: no vwb write takes minutes). */
    static final Duration STALE_AFTER = Duration.ofHours(1);

    private Temporaries() {
    }

    static Path beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        String prefix = "." + absolute.getFileName();
        sweep(absolute.getParent(), prefix);
        Path temporary = Files.createTempFile(absolute.getParent(), prefix, ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, Files.exists(absolute) ? Files.getPosixFilePermissions(absolute)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions keeps its own defaults
        }
        return temporary;
    }

    /** Deletes stale temporary files of the target; a folder that cannot be listed is left as it is. */
    static void sweep(Path folder, String prefix) {
        Pattern ours = Pattern.compile(Pattern.quote(prefix) + "[0-9]+\\.tmp");
        FileTime before = FileTime.from(Instant.now().minus(STALE_AFTER));
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder,
                path -> ours.matcher(path.getFileName().toString()).matches())) {
            for (Path candidate : candidates) {
                if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(candidate).compareTo(before) < 0) {
                    Files.deleteIfExists(candidate);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // sweeping is housekeeping: the write itself must not fail because of it
        }
    }
}
