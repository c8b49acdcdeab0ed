package org.vwb.measure.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The kernel modules of an unpacked kernel package and their load order. A package unpacked without installing
 * has no {@code modules.dep} (depmod writes it at installation), so the dependencies come from each module's own
 * {@code .modinfo} section, the {@code depends=} entry that modpost wrote into it.
 */
final class KernelModules {

    private static final byte[] DEPENDS = "\0depends=".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, Path> files = new HashMap<>();

    KernelModules(Path modulesDir) throws IOException {
        try (Stream<Path> walk = Files.walk(modulesDir)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".ko"))
                    .forEach(p -> files.putIfAbsent(normal(p.getFileName().toString().replace(".ko", "")), p));
        }
    }

    /** The modules to insert, dependencies first, each once; a name no module has fails naming it. */
    List<Path> loadOrder(List<String> wanted) throws IOException {
        Map<String, Path> order = new LinkedHashMap<>();
        for (String name : wanted) {
            visit(normal(name), order, new ArrayList<>());
        }
        return List.copyOf(order.values());
    }

    private void visit(String name, Map<String, Path> order, List<String> chain) throws IOException {
        if (order.containsKey(name)) {
            return;
        }
        if (chain.contains(name)) {
            throw new IOException("kernel modules depend on each other in a cycle: " + chain + " -> " + name);
        }
        Path file = files.get(name);
        if (file == null) {
            throw new IOException("the guest kernel has no module " + name
                    + (chain.isEmpty() ? "" : " (needed by " + chain.get(chain.size() - 1) + ")"));
        }
        chain.add(name);
        for (String dependency : dependencies(Files.readAllBytes(file))) {
            visit(normal(dependency), order, chain);
        }
        chain.remove(chain.size() - 1);
        order.put(name, file);
    }

    /** The {@code depends=} list of a module's {@code .modinfo}; empty when it has none or it is empty. */
    static List<String> dependencies(byte[] module) {
        int at = indexOf(module, DEPENDS);
        if (at < 0) {
            return List.of();
        }
        int start = at + DEPENDS.length;
        int end = start;
        while (end < module.length && module[end] != 0) {
            end++;
        }
        String list = new String(module, start, end - start, StandardCharsets.US_ASCII);
        return list.isEmpty() ? List.of() : List.of(list.split(","));
    }

    /** Module names treat '-' and '_' alike (crc-t10dif.ko is module crc_t10dif). */
    static String normal(String name) {
        return name.replace('-', '_');
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
