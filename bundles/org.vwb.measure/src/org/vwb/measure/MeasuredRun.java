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
 * @param exits         the real VM exits KVM counted, or the line saying why they were not counted
 */
public record MeasuredRun(String qemuVersion, String guestKernel, String cpu, String mode, List<DeviceCount> counts,
        String exits) {

    public MeasuredRun {
        counts = List.copyOf(counts);
    }
}
