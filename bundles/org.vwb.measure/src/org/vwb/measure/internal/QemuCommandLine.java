package org.vwb.measure.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vwb.measure.MeasuredDevice;

/**
 * QEMU's command line for one guest: an i440FX PC with one vCPU and no default devices, the kernel and
 * initramfs, the serial console into a file, the trace of every memory-region access into another, QMP on a Unix
 * socket (for KVM's counters), and the devices under test. Network devices get QEMU's user networking, restricted to the loopback: the guest reaches
 * only the gateway address (which QEMU maps to 127.0.0.1) and one UDP port forwarded from 127.0.0.1.
 */
final class QemuCommandLine {

    private QemuCommandLine() {
    }

    static List<String> of(Path qemu, boolean kvm, GuestKernel kernel, Path initramfs, Path console, Path trace,
            Path qmpSocket, List<MeasuredDevice> devices, Map<MeasuredDevice, Path> disks,
            Map<MeasuredDevice, Integer> hostPorts) {
        List<String> args = new ArrayList<>(List.of(qemu.toString(), "-M", "pc", "-accel", kvm ? "kvm" : "tcg",
                "-cpu", cpu(kvm), "-smp", "1", "-m", "256", "-nodefaults", "-no-user-config", "-display", "none",
                "-monitor", "none", "-no-reboot", "-kernel", kernel.image().toString(), "-initrd",
                initramfs.toString(), "-append", "console=ttyS0 panic=-1 no_timer_check quiet", "-serial",
                "file:" + console, "-trace", "memory_region_ops_read", "-trace", "memory_region_ops_write", "-D",
                trace.toString(), "-msg", "timestamp=on", "-qmp", "unix:" + qmpSocket + ",server=on,wait=off"));
        int networks = 0;
        for (MeasuredDevice device : devices) {
            String backend = "vwb-" + device.id();
            if (device.network()) {
                String net = GuestScript.subnet(networks++);
                args.addAll(List.of("-netdev", "user,id=" + backend + ",net=" + net + ".0/24,host=" + net
                        + ".2,ipv6=off,hostfwd=udp:127.0.0.1:" + hostPorts.get(device) + "-:" + GuestScript.GUEST_PORT));
            } else {
                args.addAll(List.of("-drive", "if=none,id=" + backend + ",format=raw,file=" + disks.get(device)));
            }
            for (String part : device.qemuDevice(backend).split(" -device ")) {
                args.addAll(List.of("-device", part));
            }
        }
        return args;
    }

    /** The guest's CPU model: QEMU's plain qemu64 under TCG (it boots twice as fast as max), the host's under KVM. */
    static String cpu(boolean kvm) {
        return kvm ? "host" : "qemu64";
    }
}
