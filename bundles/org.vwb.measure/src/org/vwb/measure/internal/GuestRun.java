package org.vwb.measure.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.vwb.measure.MeasureException;
import org.vwb.measure.MeasureOptions;

/**
 * Runs one guest to its end under watch: it must print its first line within the boot timeout and finish within
 * the run timeout, or it is stopped; when it asks for received frames ({@code vwb-ready ID}), they are sent. On any
 * failure the serial console log is copied into the cache folder and named.
 */
final class GuestRun {

    private static final long POLL_MILLIS = 50;

    private final MeasureOptions options;
    private final Path console;
    private final Map<String, Integer> hostPorts;
    private final Consumer<String> progress;
    private final Consumer<String> marks;

    /** @param marks told the label of each mark as the guest prints it (while the guest pauses after it) */
    GuestRun(MeasureOptions options, Path console, Map<String, Integer> hostPorts, Consumer<String> progress,
            Consumer<String> marks) {
        this.options = options;
        this.console = console;
        this.hostPorts = hostPorts;
        this.progress = progress;
        this.marks = marks;
    }

    /** Runs QEMU until the guest says it is done; returns the serial console's text. */
    String run(List<String> command, Path qemuOutput) throws MeasureException, IOException, InterruptedException {
        long start = System.nanoTime();
        int seen = 0;
        boolean booted = false;
        try (GuestProcess guest = GuestProcess.start(command, qemuOutput)) {
            while (true) {
                String text = Files.exists(console) ? Files.readString(console, StandardCharsets.ISO_8859_1) : "";
                String[] lines = text.split("\n", -1);
                for (; seen < lines.length - 1; seen++) {
                    String line = lines[seen].strip();
                    booted |= line.startsWith("vwb-guest kernel");
                    if (line.startsWith("vwb-guest error:")) {
                        throw failure("the guest failed: " + line.substring("vwb-guest error:".length()).strip());
                    }
                    if (line.startsWith("vwb-ready ")) {
                        String device = line.split("\\s+")[1];
                        progress.accept("sending " + options.requests() + " frames to " + device);
                        UdpPeer.send(hostPorts.get(device), options.requests());
                    } else if (line.startsWith("vwb-received ")) {
                        String[] fields = line.split("\\s+");
                        progress.accept(fields[1] + " received " + fields[2] + " frames");
                    } else if (line.startsWith("vwb-mark ")) {
                        String label = line.split("\\s+")[1];
                        marks.accept(label);
                        if (label.endsWith(":begin")) {
                            progress.accept("measuring " + label.replace(":begin", ""));
                        }
                    } else if (line.equals("vwb-done")) {
                        guest.waitFor(Duration.ofSeconds(20));
                        return text;
                    }
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                if (!guest.alive()) {
                    throw failure("QEMU stopped before the guest finished: " + lastLine(qemuOutput));
                }
                if (!booted && elapsed.compareTo(options.bootTimeout()) > 0) {
                    throw failure("the guest did not boot within " + options.bootTimeout().toSeconds()
                            + " s; QEMU was stopped");
                }
                if (elapsed.compareTo(options.runTimeout()) > 0) {
                    throw failure("the guest did not finish within " + options.runTimeout().toSeconds()
                            + " s; QEMU was stopped");
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    /** Keeps the serial log where the user can read it, named by the time of the failure. */
    private MeasureException failure(String reason) throws IOException {
        Files.createDirectories(options.cacheDir());
        Path kept = options.cacheDir().resolve("serial-" + LocalDateTime.now().format(
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + ".log");
        if (Files.exists(console)) {
            Files.copy(console, kept, StandardCopyOption.REPLACE_EXISTING);
        } else {
            // QEMU had not opened the console yet: the guest printed nothing, and the kept log says so by being empty.
            Files.createFile(kept);
        }
        return new MeasureException(reason, kept, null);
    }

    private static String lastLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "no output";
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
    }
}
