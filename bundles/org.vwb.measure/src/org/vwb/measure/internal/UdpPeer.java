package org.vwb.measure.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The host's side of the network workloads, on 127.0.0.1 only: a socket that receives the frames the guest
 * transmits (QEMU's user networking delivers datagrams for the gateway address to the host's loopback), and
 * datagrams sent to the loopback ports QEMU forwards into the guest.
 */
final class UdpPeer implements AutoCloseable {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    /** Milliseconds between two datagrams sent to the guest: one frame at a time, as the model traces one. */
    static final int PACE_MILLIS = 50;

    private final DatagramSocket receiver;
    private final AtomicInteger received = new AtomicInteger();
    private final Thread thread;

    UdpPeer() throws SocketException {
        receiver = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
        thread = new Thread(this::receive, "vwb-measure-udp");
        thread.setDaemon(true);
        thread.start();
    }

    /** The loopback port the guest's frames are sent to. */
    int port() {
        return receiver.getLocalPort();
    }

    /** Datagrams received from the guest so far. */
    int received() {
        return received.get();
    }

    /** A loopback port free right now, for QEMU to forward into the guest. */
    static int freePort() throws SocketException {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
            return probe.getLocalPort();
        }
    }

    /** Sends {@code count} small datagrams to a loopback port, one every {@link #PACE_MILLIS} ms. */
    static void send(int port, int count) throws IOException, InterruptedException {
        try (DatagramSocket sender = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
            for (int i = 0; i < count; i++) {
                byte[] data = ("vwb " + i).getBytes(StandardCharsets.US_ASCII);
                sender.send(new DatagramPacket(data, data.length, LOOPBACK, port));
                Thread.sleep(PACE_MILLIS);
            }
        }
    }

    private void receive() {
        byte[] buffer = new byte[2048];
        try {
            receiver.setSoTimeout(500);
            while (!receiver.isClosed()) {
                try {
                    receiver.receive(new DatagramPacket(buffer, buffer.length));
                    received.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // poll again until closed
                }
            }
        } catch (IOException e) {
            // closed: the run is over
        }
    }

    @Override
    public void close() throws InterruptedException {
        receiver.close();
        thread.join(2000);
    }
}
