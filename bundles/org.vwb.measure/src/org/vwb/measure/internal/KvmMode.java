package org.vwb.measure.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Whether the guest can run under KVM, or runs under QEMU's TCG. A {@code /dev/kvm} the process may open is not
 * enough: a virtual machine without nested virtualization can have the device node (the kvm module loads) while
 * its processor lacks VT-x or AMD-V, and QEMU then starts under {@code -accel kvm} and never runs a guest
 * instruction (seen on 2026-12-02 on this project's 2-core build machines: /dev/kvm present, no {@code vmx} flag,
 * the guest silent until the 120 s boot limit). So KVM also needs the processor's flag in {@code /proc/cpuinfo}.
 */
final class KvmMode {

    private static final Path DEVICE = Path.of("/dev/kvm");
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    /** Intel VT-x or AMD-V, as Linux lists them among a processor's flags. */
    private static final Pattern HARDWARE_VIRTUALIZATION = Pattern.compile("(?m)^flags\\s*:.*\\b(vmx|svm)\\b");

    private KvmMode() {
    }

    static boolean available() {
        return available(DEVICE, CPUINFO);
    }

    /** Whether a guest can run under KVM, with the device node and the processor description given. */
    static boolean available(Path device, Path cpuinfo) {
        return Files.isReadable(device) && Files.isWritable(device) && hardwareVirtualization(cpuinfo);
    }

    private static boolean hardwareVirtualization(Path cpuinfo) {
        try {
            return HARDWARE_VIRTUALIZATION.matcher(Files.readString(cpuinfo)).find();
        } catch (IOException | RuntimeException e) {
            return false; // no processor description: nothing says KVM can work, and TCG always does
        }
    }
}
