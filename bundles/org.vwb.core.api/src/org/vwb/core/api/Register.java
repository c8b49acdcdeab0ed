package org.vwb.core.api;

/**
 * One register of an emulated device.
 *
 * @param name            the datasheet's name, e.g. {@code CSR1} or {@code TDT}
 * @param offset          port or MMIO offset from the device's base
 * @param trapping        whether a guest access exits to the hypervisor (I/O port or MMIO register); descriptor
 *                        memory in guest RAM does not trap
 * @param monitorHandled  whether the hypervisor's in-kernel monitor completes the access itself even when the
 *                        device's emulator lives elsewhere (e.g. the AMD Lance address register in VMware
 *                        Workstation's VMM, Sugerman et al. 2001, section 4)
 * @param description     what the register does
 *
 * @since 1.0
 */
public record Register(String name, int offset, boolean trapping, boolean monitorHandled, String description) {
}
