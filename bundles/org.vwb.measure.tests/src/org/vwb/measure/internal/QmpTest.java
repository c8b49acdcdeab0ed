package org.vwb.measure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The QMP client and the reading of KVM's counters, against a peer that speaks QMP as QEMU 7.2 does (greeting,
 * capabilities, an event between a command and its answer, one answer per line). Real KVM is not on these
 * machines; under TCG the measurement test checks the same client against the real QEMU.
 */
class QmpTest {

    /** QEMU 7.2's answer for one vCPU under KVM, shortened: scalars, a boolean-free histogram, a second vCPU. */
    static final String STATS = "{\"return\": [{\"provider\": \"kvm\", \"qom-path\": \"/machine/unattached/device[0]\","
            + " \"stats\": [{\"name\": \"halt_poll_fail_hist\", \"value\": [0, 3, 1]}, {\"name\": \"exits\", \"value\":"
            + " 1200}, {\"name\": \"io_exits\", \"value\": 300}, {\"name\": \"mmio_exits\", \"value\": 500}]},"
            + " {\"provider\": \"kvm\", \"qom-path\": \"/machine/unattached/device[1]\", \"stats\": [{\"name\": "
            + "\"exits\", \"value\": 34}]}]}";

    @TempDir
    Path dir;

    @Test
    void countersAreSummedOverVcpusAndHistogramsLeftOut() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        Path socket = dir.resolve("qmp.sock");
        Thread peer = peer(socket, heard, "{\"event\": \"RTC_CHANGE\", \"data\": {\"offset\": 0}}\n" + STATS + "\n");
        try (Qmp qmp = Qmp.connect(socket, Duration.ofSeconds(10))) {
            Map<String, Long> counters = VcpuCounters.read(qmp);
            assertEquals(Map.of("exits", 1234L, "io_exits", 300L, "mmio_exits", 500L), counters);
        }
        peer.join(10_000);
        assertEquals(List.of("{\"execute\": \"qmp_capabilities\"}", VcpuCounters.QUERY), heard);
    }

    @Test
    void anErrorAnswerIsAnExceptionWithQemusReason() throws Exception {
        Path socket = dir.resolve("qmp.sock");
        peer(socket, new CopyOnWriteArrayList<>(), "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                + "\"Parameter 'target' does not accept value 'vcpu'\"}}\n");
        try (Qmp qmp = Qmp.connect(socket, Duration.ofSeconds(10))) {
            IOException e = assertThrows(IOException.class, () -> VcpuCounters.read(qmp));
            assertTrue(e.getMessage().endsWith(": Parameter 'target' does not accept value 'vcpu'"), e.getMessage());
        }
    }

    @Test
    void noSocketWithinTheTimeOutIsSaidWithItsPath() {
        Path socket = dir.resolve("never.sock");
        IOException e = assertThrows(IOException.class, () -> Qmp.connect(socket, Duration.ofMillis(200)));
        assertEquals(socket + ": QEMU made no QMP socket within 200 ms", e.getMessage());
    }

    @Test
    void tcgsAnswerHasNoCounters() {
        assertEquals(Map.of(), VcpuCounters.parse("{\"return\": []}"));
    }

    /** A QMP peer on {@code socket}: greeting, the capabilities' answer, then {@code answer} to the next command. */
    private static Thread peer(Path socket, List<String> heard, String answer) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread thread = new Thread(() -> {
            try (server; SocketChannel client = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client),
                        StandardCharsets.UTF_8));
                OutputStream out = Channels.newOutputStream(client);
                out.write(("{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 22, \"minor\": 2, \"major\": 7}, "
                        + "\"package\": \"\"}, \"capabilities\": [\"oob\"]}}\n").getBytes(StandardCharsets.UTF_8));
                heard.add(in.readLine());
                out.write("{\"return\": {}}\n".getBytes(StandardCharsets.UTF_8));
                heard.add(in.readLine());
                out.write(answer.getBytes(StandardCharsets.UTF_8));
                out.flush();
                in.readLine(); // until the client closes
            } catch (IOException e) {
                // the client closed first: nothing more to say
            }
        }, "fake QMP peer");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
