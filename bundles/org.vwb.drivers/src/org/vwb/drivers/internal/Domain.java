package org.vwb.drivers.internal;

/**
 * A protection domain: a set of contexts that share an address space and privilege boundary, so that moving
 * between two domains is a partition switch or a world switch, never a mere call.
 */
enum Domain {
    /** The hypervisor proper: Xen, Hyper-V's hvix64, ESX's vmkernel. */
    HYPERVISOR,
    /**
     * A hosted monitor's own world (VMware Workstation's VMM): its own address space and interrupt tables, entered
     * from the host by a world switch (Sugerman et al., USENIX ATC 2001, section 2).
     */
    MONITOR_WORLD,
    /** A parent or root partition: Hyper-V's Windows root, Xen's dom0. */
    PARENT_PARTITION,
    /** A host operating system that is also the hypervisor (Linux with kvm.ko) or hosts the monitor. */
    HOST,
    /** A driver VM (Xen driver domain). */
    DRIVER_DOMAIN
}
