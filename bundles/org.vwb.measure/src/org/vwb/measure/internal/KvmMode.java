package org.vwb.measure.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the guest can run under KVM ({@code /dev/kvm} usable), or runs under QEMU's TCG. */
final class KvmMode {

    private static final Path DEVICE = Path.of("/dev/kvm");

    private KvmMode() {
    }

    static boolean available() {
        return Files.isReadable(DEVICE) && Files.isWritable(DEVICE);
    }
}
