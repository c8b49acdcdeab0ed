package org.vwb.core.api;

/**
 * The kinds of execution context that spend host CPU on a request's behalf. Which context runs an emulator, a
 * synthetic back end or a physical driver is what a {@link DriverPlacementModel driver placement} decides.
 *
 * @since 1.0
 */
public enum ContextKind {
    /** The virtual machine itself: its drivers and interrupt handlers. */
    GUEST,
    /** The hypervisor: exit handling, interrupt injection, and in a monolithic design drivers and back ends. */
    HYPERVISOR,
    /** The parent/root partition's kernel (Hyper-V root, Xen dom0) or the host OS kernel of a hosted design. */
    PARENT,
    /** A per-VM user process that emulates devices: Hyper-V's vmwp.exe, QEMU, VMware Workstation's VMApp. */
    WORKER,
    /** An isolated driver VM (Xen driver domain). */
    DRIVER_DOMAIN
}
