package org.vwb.measure.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A guest kernel: the compressed image QEMU boots with {@code -kernel}, and the folder of its modules when they are
 * not built in. Found in an unpacked Debian {@code linux-image-*} package ({@code boot/vmlinuz-*} beside
 * {@code lib/modules/VERSION}), or given as the vmlinuz file of such a tree.
 *
 * @param image   the vmlinuz file
 * @param modules the {@code lib/modules/VERSION} folder, empty when the kernel has none beside it
 */
record GuestKernel(Path image, Optional<Path> modules) {

    /** The kernel of an unpacked package tree, or of a vmlinuz file (with the modules of its tree, if any). */
    static Optional<GuestKernel> in(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            String version = path.getFileName().toString().replaceFirst("^vmlinuz-?", "");
            Path root = path.toAbsolutePath().getParent().getParent();
            Path modules = root == null ? null : root.resolve("lib/modules").resolve(version);
            return Optional.of(new GuestKernel(path, modules != null && !version.isEmpty()
                    && Files.isDirectory(modules) ? Optional.of(modules) : Optional.empty()));
        }
        Path boot = path.resolve("boot");
        if (!Files.isDirectory(boot)) {
            return Optional.empty();
        }
        try (Stream<Path> images = Files.list(boot)) {
            Optional<Path> image = images.filter(p -> p.getFileName().toString().startsWith("vmlinuz-"))
                    .max(Comparator.comparing(Path::toString));
            return image.isEmpty() ? Optional.empty() : in(image.get());
        }
    }

    /** The version the image's file name carries (the guest's own {@code uname -r} is what the results record). */
    String fileVersion() {
        return image.getFileName().toString().replaceFirst("^vmlinuz-?", "");
    }
}
