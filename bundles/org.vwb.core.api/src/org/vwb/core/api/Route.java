package org.vwb.core.api;

/**
 * Which context runs each part of a device path.
 *
 * @param emulator      runs the register-level emulation of emulated devices (the monitor, vmwp.exe, QEMU)
 * @param backend       runs synthetic back ends (vmkernel, VSP in the root, vhost, netback, QEMU's virtio)
 * @param driver        runs the physical device drivers
 * @param worldSwitch   whether reaching the host from the monitor is a full world switch (VMware Workstation's
 *                      hosted VMM, Sugerman et al. 2001) rather than a kernel-to-user switch (KVM)
 *
 * @since 1.0
 */
public record Route(ContextKind emulator, ContextKind backend, ContextKind driver, boolean worldSwitch) {

    public Route withBackend(ContextKind newBackend) {
        return new Route(emulator, newBackend, driver, worldSwitch);
    }
}
