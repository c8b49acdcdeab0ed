package org.vwb.interchange.audit;

import java.util.Map;
import java.util.Optional;

import org.vwb.interchange.internal.InstalledDevices;

/**
 * The synthetic device that replaces an emulated one on each platform, by vendor profile family: vmxnet3 and
 * pvscsi on VMware, virtio on KVM, netfront/blkfront on Xen, netvsc/storvsc on Hyper-V, virtio on VirtualBox;
 * for an emulated device no table names, an installed synthetic model that says it replaces it
 * ({@code vwb.device.replaces}).
 */
final class Replacements {

    private static final Map<String, String> VMWARE = Map.of("e1000", "vmxnet3", "e1000e", "vmxnet3",
            "vlance", "vmxnet3", "vmxnet2", "vmxnet3", "lsilogic", "pvscsi", "lsisas", "pvscsi", "buslogic", "pvscsi",
            "ide", "pvscsi", "ahci", "pvscsi");
    private static final Map<String, String> KVM = Map.of("e1000", "virtio-net", "e1000e", "virtio-net",
            "rtl8139", "virtio-net", "ne2k_pci", "virtio-net", "vlance", "virtio-net", "ide", "virtio-blk",
            "ahci", "virtio-blk", "lsilogic", "virtio-scsi", "lsisas", "virtio-scsi", "buslogic", "virtio-scsi");
    private static final Map<String, String> XEN = Map.of("e1000", "netfront", "rtl8139", "netfront",
            "ne2k_pci", "netfront", "ide", "blkfront", "ahci", "blkfront", "lsilogic", "blkfront");
    private static final Map<String, String> HYPERV = Map.of("dec21140", "netvsc", "e1000", "netvsc",
            "ide", "storvsc", "lsilogic", "storvsc");
    private static final Map<String, String> VIRTUALBOX = Map.of("e1000", "virtio-net", "vlance", "virtio-net",
            "ide", "virtio-scsi", "ahci", "virtio-scsi", "lsilogic", "virtio-scsi", "lsisas", "virtio-scsi",
            "buslogic", "virtio-scsi");

    private Replacements() {
    }

    static Optional<String> of(String vendorProfile, String emulatedModel) {
        String profile = vendorProfile == null ? "" : vendorProfile;
        Map<String, String> table = profile.startsWith("vmware.") ? VMWARE : profile.startsWith("kvm.") ? KVM
                : profile.startsWith("xen.") ? XEN : profile.startsWith("microsoft.") ? HYPERV
                : profile.startsWith("oracle.") ? VIRTUALBOX : Map.of();
        return Optional.ofNullable(table.get(emulatedModel))
                .or(() -> InstalledDevices.replacementOf(emulatedModel));
    }
}
