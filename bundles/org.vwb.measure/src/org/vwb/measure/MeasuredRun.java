package org.vwb.measure;

import java.util.List;

/**
 * One guest's measurements and what they were measured on.
 *
 * @param qemuVersion   the first line of {@code qemu-system-x86_64 --version}
 * @param guestKernel   the guest's {@code uname -r} and {@code uname -v}
 * @param cpu           the host's CPU model and the CPU model the guest saw
 * @param mode          {@code TCG} or {@code KVM}
 * @param counts        per device and direction
 * @param exits         the line saying whether KVM's own exit counters were read, and if not, why
 * @param kvmExits      per device and direction, what KVM counted (empty unless the guest ran under KVM)
 */
public record MeasuredRun(String qemuVersion, String guestKernel, String cpu, String mode, List<DeviceCount> counts,
        String exits, List<ExitCount> kvmExits) {

    public MeasuredRun {
        counts = List.copyOf(counts);
        kvmExits = List.copyOf(kvmExits);
    }

    /** A run without KVM's counters (under TCG, or where they could not be read). */
    public MeasuredRun(String qemuVersion, String guestKernel, String cpu, String mode, List<DeviceCount> counts,
            String exits) {
        this(qemuVersion, guestKernel, cpu, mode, counts, exits, List.of());
    }
}
