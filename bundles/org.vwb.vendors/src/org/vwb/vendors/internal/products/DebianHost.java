package org.vwb.vendors.internal.products;

import org.vwb.core.api.Fact;

/**
 * Installed sizes of a Linux host as Debian 12 ("bookworm") packages it, read with {@code apt-cache show} (field
 * Installed-Size, in KiB) in November 2026: the figures behind the KVM, Xen and VirtualBox profiles.
 */
final class DebianHost {

    /** linux-image-6.1.0-56-amd64 6.1.192-2: the kernel with every in-tree driver module. */
    static final double KERNEL_KIB = 400_652;
    /** qemu-system-x86 1:7.2+dfsg-7+deb12u18+b3. */
    static final double QEMU_KIB = 43_488;
    /** xen-hypervisor-4.17-amd64 4.17.7+13-g2445b30a44-0+deb12u1. */
    static final double XEN_KIB = 3_986;
    /** xen-utils-4.17, same version: the dom0 toolstack. */
    static final double XEN_UTILS_KIB = 9_687;

    static final String SOURCE = "Debian 12 package Installed-Size (apt-cache show, Nov 2026): ";

    private DebianHost() {
    }

    /** The host kernel with kvm.ko and all its driver modules: what runs in the most privileged context. */
    static Fact kernelWithAllDrivers(String why) {
        return new Fact(KERNEL_KIB * Sizes.KIB, "bytes", SOURCE + "linux-image-6.1.0-56-amd64 400,652 KiB, the kernel"
                + " with every in-tree driver module; an upper bound, a host loads only the modules its devices need. "
                + why);
    }

    /** The rule for a Linux host or dom0: any device with an in-tree Linux driver. */
    static String linuxDriversRule(String who) {
        return "rule, not a count: " + who + " runs Linux, whose in-tree drivers cover the devices of practically every"
                + " PCI vendor; hasDriverFor accepts any vendor (no published count of Linux drivers is used)";
    }
}
