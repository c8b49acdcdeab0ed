package org.vwb.plugins.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The installed plugins in the user's cache: a copy of each jar in {@code bundles/} and the list
 * {@code installed.txt} (one line per plugin: symbolic name, version, jar, where it came from, tab-separated).
 * Every change takes a file lock, so two vwb processes of one user do not lose each other's changes, and
 * replaces the list atomically, so a crash leaves the old list or the new one.
 */
final class PluginStore {

    private static final String LIST = "installed.txt";
    private static final String HEADER = "# plugins installed with 'vwb plugins install' (written by vwb: use "
            + "'vwb plugins uninstall ID', do not edit)\n";

    /** One installed plugin as the store keeps it. */
    record Entry(String symbolicName, String version, String jar, String source) {
    }

    private final Path folder;

    PluginStore(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** The stored jar of an entry. */
    Path jar(Entry entry) {
        return folder.resolve("bundles").resolve(entry.jar());
    }

    /** The entries; none when nothing was ever installed. A line that is not four fields is skipped. */
    List<Entry> entries() {
        Path list = folder.resolve(LIST);
        List<Entry> entries = new ArrayList<>();
        try {
            if (Files.isRegularFile(list)) {
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    String[] fields = line.split("\t", -1);
                    if (!line.startsWith("#") && fields.length == 4) {
                        entries.add(new Entry(fields[0], fields[1], fields[2], fields[3]));
                    }
                }
            }
        } catch (IOException e) {
            // an unreadable list is an empty one: the plugins stay out until it is readable again
        }
        return entries;
    }

    /** Copies the jars into the store and lists them, as coming from {@code source}. */
    void add(Collection<BundleJar> jars, String source) throws IOException {
        change(entries -> {
            Files.createDirectories(folder.resolve("bundles"));
            for (BundleJar jar : jars) {
                Path target = folder.resolve("bundles").resolve(jar.storeName());
                Path temporary = Files.createTempFile(target.getParent(), ".installing-", ".jar");
                Files.copy(jar.file(), temporary, StandardCopyOption.REPLACE_EXISTING);
                move(temporary, target);
                entries.removeIf(e -> e.symbolicName().equals(jar.symbolicName()));
                entries.add(new Entry(jar.symbolicName(), jar.version(), jar.storeName(),
                        source.replaceAll("[\\t\\r\\n]", " ")));
            }
        });
    }

    /** Removes the plugins of these symbolic names, list line and jar. */
    void remove(Collection<String> symbolicNames) throws IOException {
        change(entries -> {
            for (Entry entry : List.copyOf(entries)) {
                if (symbolicNames.contains(entry.symbolicName())) {
                    entries.remove(entry);
                    Files.deleteIfExists(jar(entry));
                }
            }
        });
    }

    private interface Change {
        void apply(List<Entry> entries) throws IOException;
    }

    private void change(Change change) throws IOException {
        Files.createDirectories(folder);
        try (FileChannel channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            List<Entry> entries = entries();
            change.apply(entries);
            StringBuilder text = new StringBuilder(HEADER);
            for (Entry e : entries) {
                text.append(String.join("\t", e.symbolicName(), e.version(), e.jar(), e.source())).append('\n');
            }
            Path temporary = Files.createTempFile(folder, ".installed-", ".txt");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            move(temporary, folder.resolve(LIST));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
