package org.vwb.interchange.internal;

import org.vwb.model.DriverPlacement;

/**
 * The hypervisor a file was written for, and what that means in vwb: the vendor profile id and where the
 * physical drivers run (ESXi's vmkernel, the KVM or VirtualBox host OS, Xen's dom0).
 */
public enum Platform {
    VMWARE("vmware.esxi-8.0", DriverPlacement.IN_HYPERVISOR, null, "VMware ESXi"),
    KVM("kvm.qemu", DriverPlacement.HOST_OS, "host", "KVM/QEMU"),
    KVM_VHOST("kvm.vhost", DriverPlacement.HOST_OS, "host", "KVM with vhost"),
    XEN("xen.dom0", DriverPlacement.PARENT_PARTITION, "dom0", "Xen"),
    VIRTUALBOX("oracle.virtualbox", DriverPlacement.HOST_OS, "host", "Oracle VirtualBox"),
    HYPERV("microsoft.hyperv-2022", DriverPlacement.PARENT_PARTITION, "root", "Microsoft Hyper-V");

    private final String vendorProfile;
    private final DriverPlacement placement;
    private final String parentPartition;
    private final String label;

    Platform(String vendorProfile, DriverPlacement placement, String parentPartition, String label) {
        this.vendorProfile = vendorProfile;
        this.placement = placement;
        this.parentPartition = parentPartition;
        this.label = label;
    }

    public String vendorProfile() {
        return vendorProfile;
    }

    public DriverPlacement placement() {
        return placement;
    }

    /** Name of the parent partition or host OS the placement needs, {@code null} for drivers in the hypervisor. */
    public String parentPartition() {
        return parentPartition;
    }

    public String label() {
        return label;
    }

    /** The platform of a vendor profile id, as export needs it; KVM when the profile is of no known family. */
    public static Platform ofVendorProfile(String profile) {
        String id = profile == null ? "" : profile;
        if (id.startsWith("vmware.")) {
            return VMWARE;
        } else if (id.startsWith("xen.")) {
            return XEN;
        } else if (id.startsWith("oracle.")) {
            return VIRTUALBOX;
        } else if (id.startsWith("microsoft.")) {
            return HYPERV;
        }
        return id.equals("kvm.vhost") ? KVM_VHOST : KVM;
    }
}
