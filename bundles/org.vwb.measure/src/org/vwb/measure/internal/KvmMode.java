package org.vwb.measure.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the guest runs under KVM (with {@code /dev/kvm} usable) or QEMU's TCG, and what that means for exits. */
final class KvmMode {

    private static final Path DEVICE = Path.of("/dev/kvm");

    private KvmMode() {
    }

    static boolean available() {
        return Files.isReadable(DEVICE) && Files.isWritable(DEVICE);
    }

    /**
     * The results' line about real VM exits. Under TCG there are none to count; under KVM the register accesses
     * counted are the exits of these devices, but KVM's own exit counters (QMP query-stats) are not read yet.
     */
    static String exitsLine(boolean kvm) {
        return kvm ? "real VM exits: skipped (reading KVM's counters through QMP query-stats is not implemented; "
                + "the accesses counted are the devices' exits)"
                : "real VM exits: skipped (no usable /dev/kvm: the guest ran under TCG, which has no VM exits)";
    }
}
