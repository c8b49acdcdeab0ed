package org.vwb.measure.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.vwb.measure.DeviceCount;
import org.vwb.measure.Direction;
import org.vwb.measure.ExitCount;
import org.vwb.measure.MeasureException;
import org.vwb.measure.MeasureOptions;
import org.vwb.measure.MeasuredDevice;
import org.vwb.measure.MeasuredRun;

/** One measurement from start to end: tools, kernel, initramfs, disks, the guest, and the counts. */
public final class Harness {

    static final String QEMU = "qemu-system-x86_64";
    static final String INSTALL = "install QEMU (Debian/Ubuntu: apt-get install qemu-system-x86)";

    private Harness() {
    }

    public static MeasuredRun measure(MeasureOptions options, Consumer<String> progress)
            throws MeasureException, IOException, InterruptedException {
        Path qemu = options.qemu().map(Path::toString).flatMap(HostTools::find).or(() -> options.qemu().isPresent()
                ? java.util.Optional.empty() : HostTools.find(QEMU))
                .orElseThrow(() -> new MeasureException(options.qemu().map(q -> q + ": not an executable file; " + INSTALL)
                        .orElse(QEMU + " not found on the PATH: " + INSTALL + " or name it with --qemu")));
        Path busybox = HostTools.find("busybox").filter(Harness::isStatic).orElseThrow(() -> new MeasureException(
                "no static busybox for the guest: install busybox-static (Debian/Ubuntu: apt-get install busybox-static)"));
        String qemuVersion = HostTools.run(List.of(qemu.toString(), "--version"), null, Duration.ofSeconds(30))
                .lines().findFirst().orElse("unknown").strip();
        GuestKernel kernel = KernelSource.locate(options.kernel(), options.cacheDir(), progress);
        boolean kvm = KvmMode.available();
        Path work = Files.createTempDirectory("vwb-measure-");
        try (UdpPeer peer = new UdpPeer()) {
            Map<MeasuredDevice, Path> disks = new HashMap<>();
            Map<MeasuredDevice, Integer> ports = new HashMap<>();
            Map<String, Integer> portsById = new HashMap<>();
            for (MeasuredDevice device : options.devices()) {
                if (device.network()) {
                    ports.put(device, UdpPeer.freePort());
                    portsById.put(device.id(), ports.get(device));
                } else {
                    disks.put(device, disk(work.resolve(device.id() + ".img"), options.requests()));
                }
            }
            Path initramfs = work.resolve("initramfs.cpio");
            Initramfs.write(initramfs, busybox, kernel, options.devices(),
                    GuestScript.generate(options.devices(), options.requests(), peer.port(), kvm));
            Path console = work.resolve("serial.log");
            Path trace = work.resolve("trace.log");
            progress.accept("booting " + kernel.fileVersion() + " under " + qemuVersion + " (" + (kvm ? "KVM" : "TCG")
                    + ") with " + String.join(", ", options.devices().stream().map(MeasuredDevice::id).toList()));
            Path qmp = work.resolve("qmp.sock");
            String serial;
            ExitSampler.Result sampled;
            try (ExitSampler sampler = new ExitSampler(qmp, kvm)) {
                serial = new GuestRun(options, console, portsById, progress, sampler::mark).run(QemuCommandLine.of(
                        qemu, kvm, kernel, initramfs, console, trace, qmp, options.devices(), disks, ports),
                        work.resolve("qemu.out"));
                sampled = sampler.samples(Duration.ofSeconds(10));
            }
            SerialMarks marks = SerialMarks.parse(serial, options.devices().size());
            List<DeviceCount> counts = counts(options, marks, TraceCounts.read(trace, options.devices()));
            List<ExitCount> exits = kvm ? ExitWindows.perRequest(sampled.samples(), options) : List.of();
            return new MeasuredRun(qemuVersion, marks.kernel(), "host " + HostTools.hostCpu() + "; guest "
                    + QemuCommandLine.cpu(kvm), kvm ? "KVM" : "TCG", counts, ExitWindows.line(kvm, sampled, exits),
                    exits);
        } finally {
            Trees.delete(work);
        }
    }

    /** Per device and direction: the window's counts less what the idle baseline predicts for as long a window. */
    static List<DeviceCount> counts(MeasureOptions options, SerialMarks marks, TraceCounts trace)
            throws MeasureException {
        if (marks.marks().size() != trace.markerSeconds().size()) {
            throw new MeasureException("the guest printed " + marks.marks().size() + " markers but QEMU traced "
                    + trace.markerSeconds().size() + ": the counts cannot be assigned to their windows");
        }
        int idle = marks.indexOf("idle:begin");
        if (idle < 0) {
            throw new MeasureException("the guest printed no idle baseline");
        }
        List<DeviceCount> counts = new ArrayList<>();
        for (int d = 0; d < options.devices().size(); d++) {
            MeasuredDevice device = options.devices().get(d);
            for (Direction direction : Direction.values()) {
                int begin = marks.indexOf(device.id() + ":" + direction.word(false) + ":begin");
                if (begin < 0 || begin + 1 >= marks.marks().size()) {
                    throw new MeasureException("the guest did not measure " + device.id() + " " + direction.word(
                            device.network()));
                }
                double hostSeconds = trace.markerSeconds().get(begin + 1) - trace.markerSeconds().get(begin);
                double guestSeconds = marks.marks().get(begin + 1).uptime() - marks.marks().get(begin).uptime();
                counts.add(new DeviceCount(device, direction, options.requests(), trace.windows().get(begin)[d],
                        rate(trace, idle, d) * hostSeconds, interrupts(marks, begin, d),
                        interruptRate(marks, idle, d) * guestSeconds));
            }
        }
        return counts;
    }

    private static double rate(TraceCounts trace, int idle, int device) {
        double seconds = trace.markerSeconds().get(idle + 1) - trace.markerSeconds().get(idle);
        return seconds > 0 ? trace.windows().get(idle)[device] / seconds : 0;
    }

    private static long interrupts(SerialMarks marks, int begin, int device) {
        return marks.marks().get(begin + 1).interrupts()[device] - marks.marks().get(begin).interrupts()[device];
    }

    private static double interruptRate(SerialMarks marks, int idle, int device) {
        double seconds = marks.marks().get(idle + 1).uptime() - marks.marks().get(idle).uptime();
        return seconds > 0 ? interrupts(marks, idle, device) / seconds : 0;
    }

    /** A sparse raw disk large enough for the requests (each 4 KiB), at least 16 MiB. */
    private static Path disk(Path file, int requests) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(Math.max(16L << 20, (requests * 4096L) + (1L << 20)));
        }
        return file;
    }

    /** A dynamically linked busybox cannot run alone in an initramfs: it names its program interpreter. */
    static boolean isStatic(Path busybox) {
        try {
            byte[] head = new byte[Math.min(4096, (int) Files.size(busybox))];
            try (var in = Files.newInputStream(busybox)) {
                in.readNBytes(head, 0, head.length);
            }
            return !new String(head, StandardCharsets.ISO_8859_1).contains("/ld-linux");
        } catch (IOException e) {
            return false;
        }
    }
}
