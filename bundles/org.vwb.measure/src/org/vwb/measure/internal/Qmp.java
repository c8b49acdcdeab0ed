package org.vwb.measure.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of QEMU's machine protocol (QMP) on a Unix socket: the greeting, {@code qmp_capabilities}, then one
 * command at a time, each answered by a line holding {@code "return"} or {@code "error"} (asynchronous
 * {@code "event"} lines between are skipped). Answers are returned as their JSON text: the harness reads only
 * flat counters from them. Closing the client unblocks a read in progress, so a hung QEMU cannot hold it.
 */
final class Qmp implements AutoCloseable {

    private static final Pattern ERROR = Pattern.compile("\"desc\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final SocketChannel channel;
    private final BufferedReader in;
    private final OutputStream out;

    private Qmp(SocketChannel channel) {
        this.channel = channel;
        this.in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
        this.out = Channels.newOutputStream(channel);
    }

    /** Connects once QEMU has made the socket (it does so at start), within {@code timeout}, and negotiates. */
    static Qmp connect(Path socket, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (Files.exists(socket)) {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    channel.connect(UnixDomainSocketAddress.of(socket));
                    Qmp qmp = new Qmp(channel);
                    qmp.greeting();
                    qmp.execute("{\"execute\": \"qmp_capabilities\"}");
                    return qmp;
                } catch (IOException e) {
                    channel.close();
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                }
            } else if (System.nanoTime() > deadline) {
                throw new IOException(socket + ": QEMU made no QMP socket within " + timeout.toMillis() + " ms");
            }
            Thread.sleep(50);
        }
    }

    /** Sends one command (a JSON object) and returns the text of its answer; an error answer is an exception. */
    String execute(String command) throws IOException {
        out.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.contains("\"return\"")) {
                return line;
            }
            if (line.contains("\"error\"")) {
                Matcher desc = ERROR.matcher(line);
                throw new IOException("QMP refused " + command + ": " + (desc.find() ? desc.group(1) : line));
            }
        }
        throw new IOException("QEMU closed its QMP socket");
    }

    private void greeting() throws IOException {
        String line = in.readLine();
        if (line == null || !line.contains("\"QMP\"")) {
            throw new IOException("not a QMP greeting: " + line);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
