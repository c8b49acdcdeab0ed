package org.vwb.measure.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.vwb.measure.MeasuredDevice;

/**
 * The guest's initial RAM file system, built locally: the static busybox as {@code /bin/busybox}, the init script
 * as {@code /init}, and in {@code /modules} the kernel modules the devices need with their dependencies, named in
 * load order in {@code /modules/order}.
 */
final class Initramfs {

    private Initramfs() {
    }

    static void write(Path target, Path busybox, GuestKernel kernel, List<MeasuredDevice> devices, String init)
            throws IOException {
        List<Path> modules = kernel.modules().isPresent() ? new KernelModules(kernel.modules().get())
                .loadOrder(moduleNames(devices)) : List.of();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            Cpio cpio = new Cpio(out);
            for (String dir : List.of("bin", "dev", "proc", "sys", "tmp", "modules")) {
                cpio.directory(dir);
            }
            cpio.file("bin/busybox", Files.readAllBytes(busybox), true);
            cpio.file("init", init.getBytes(StandardCharsets.UTF_8), true);
            List<String> order = new ArrayList<>();
            for (Path module : modules) {
                String name = module.getFileName().toString();
                cpio.file("modules/" + name, Files.readAllBytes(module), false);
                order.add(name);
            }
            cpio.file("modules/order", (String.join("\n", order) + "\n").getBytes(StandardCharsets.UTF_8), false);
            cpio.finish();
        }
    }

    private static List<String> moduleNames(List<MeasuredDevice> devices) {
        Set<String> names = new LinkedHashSet<>();
        devices.forEach(d -> names.addAll(d.modules()));
        return List.copyOf(names);
    }
}
