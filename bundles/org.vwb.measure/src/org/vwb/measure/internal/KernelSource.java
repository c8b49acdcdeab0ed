package org.vwb.measure.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vwb.measure.MeasureException;

/**
 * Where the guest kernel comes from: the path the user gave (a vmlinuz, an unpacked package, or a {@code .deb}),
 * else the harness's cache, filled the first time with Debian's current {@code linux-image-amd64} kernel
 * ({@code apt-get download}, then {@code dpkg-deb -x}: unpacked, never installed).
 */
final class KernelSource {

    static final String PACKAGE = "linux-image-amd64";
    private static final Pattern DEPENDS = Pattern.compile("Depends:\\s*(linux-image-[0-9][^\\s]*)");
    private static final Duration APT = Duration.ofMinutes(10);

    private KernelSource() {
    }

    static GuestKernel locate(Optional<Path> given, Path cacheDir, Consumer<String> progress)
            throws MeasureException, IOException {
        if (given.isPresent()) {
            Path path = given.get();
            if (!Files.exists(path)) {
                throw new MeasureException(path + ": no such file (--kernel names a vmlinuz, an unpacked "
                        + "linux-image package or its .deb)");
            }
            if (path.getFileName().toString().endsWith(".deb")) {
                return unpacked(path, cacheDir.resolve("kernel-" + path.getFileName()), progress);
            }
            return GuestKernel.in(path).orElseThrow(() -> new MeasureException(path
                    + ": no boot/vmlinuz-* in it (--kernel names a vmlinuz, an unpacked linux-image package or its .deb)"));
        }
        Path cached = cacheDir.resolve("kernel");
        Optional<GuestKernel> kernel = Files.isDirectory(cached) ? GuestKernel.in(cached) : Optional.empty();
        return kernel.isPresent() ? kernel.get() : download(cacheDir, progress);
    }

    /** Debian's current kernel package for amd64, downloaded and unpacked into the cache. */
    private static GuestKernel download(Path cacheDir, Consumer<String> progress) throws MeasureException, IOException {
        if (HostTools.find("apt-get").isEmpty() || HostTools.find("dpkg-deb").isEmpty()) {
            throw new MeasureException("no guest kernel: give --kernel (a vmlinuz or an unpacked Debian "
                    + "linux-image package), or run this on Debian/Ubuntu, where apt-get fetches one");
        }
        Matcher name = DEPENDS.matcher(HostTools.run(List.of("apt-cache", "depends", PACKAGE), null, APT));
        if (!name.find()) {
            throw new MeasureException("apt-cache depends " + PACKAGE + ": names no kernel package");
        }
        Files.createDirectories(cacheDir);
        Path download = Files.createTempDirectory(cacheDir, "download-");
        try {
            progress.accept("fetching the guest kernel: apt-get download " + name.group(1));
            HostTools.run(List.of("apt-get", "download", name.group(1)), download, APT);
            try (var debs = Files.list(download)) {
                Path deb = debs.filter(p -> p.toString().endsWith(".deb")).findFirst()
                        .orElseThrow(() -> new MeasureException("apt-get download " + name.group(1) + ": no .deb"));
                return unpacked(deb, cacheDir.resolve("kernel"), progress);
            }
        } finally {
            Trees.delete(download);
        }
    }

    /** Unpacks a kernel package once into {@code target} (atomically: a half-unpacked tree is never used). */
    private static GuestKernel unpacked(Path deb, Path target, Consumer<String> progress)
            throws MeasureException, IOException {
        if (!Files.isDirectory(target)) {
            Path partial = Files.createTempDirectory(target.getParent(), "unpacking-");
            try {
                progress.accept("unpacking " + deb.getFileName() + " into " + target);
                HostTools.run(List.of("dpkg-deb", "-x", deb.toAbsolutePath().toString(), partial.toString()), null,
                        APT);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Trees.delete(partial);
            }
        }
        return GuestKernel.in(target).orElseThrow(() -> new MeasureException(deb + ": holds no boot/vmlinuz-*"));
    }
}
