package org.vwb.vendors.internal;

import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * The virtual devices vendors offer, by the id the device models register under, with their kind and mode; one
 * list, so that a product names a device by constant and cannot misspell an id.
 */
public enum Device {
    // emulated: register-level models of real devices
    E1000("e1000", DeviceKind.NETWORK, DeviceMode.EMULATED),
    E1000E("e1000e", DeviceKind.NETWORK, DeviceMode.EMULATED),
    VLANCE("vlance", DeviceKind.NETWORK, DeviceMode.EMULATED),
    RTL8139("rtl8139", DeviceKind.NETWORK, DeviceMode.EMULATED),
    NE2K_PCI("ne2k_pci", DeviceKind.NETWORK, DeviceMode.EMULATED),
    DEC21140("dec21140", DeviceKind.NETWORK, DeviceMode.EMULATED),
    IDE("ide", DeviceKind.BLOCK, DeviceMode.EMULATED),
    AHCI("ahci", DeviceKind.BLOCK, DeviceMode.EMULATED),
    NVME("nvme", DeviceKind.BLOCK, DeviceMode.EMULATED),
    LSILOGIC("lsilogic", DeviceKind.BLOCK, DeviceMode.EMULATED),
    LSISAS("lsisas", DeviceKind.BLOCK, DeviceMode.EMULATED),
    BUSLOGIC("buslogic", DeviceKind.BLOCK, DeviceMode.EMULATED),
    FLOPPY("floppy", DeviceKind.FLOPPY, DeviceMode.EMULATED),
    CDROM("cdrom", DeviceKind.OPTICAL, DeviceMode.EMULATED),
    // synthetic: a front end in the guest, rings in shared memory, a back end where the placement puts it
    VMXNET2("vmxnet2", DeviceKind.NETWORK, DeviceMode.SYNTHETIC),
    VMXNET3("vmxnet3", DeviceKind.NETWORK, DeviceMode.SYNTHETIC),
    PVSCSI("pvscsi", DeviceKind.BLOCK, DeviceMode.SYNTHETIC),
    NETVSC("netvsc", DeviceKind.NETWORK, DeviceMode.SYNTHETIC),
    STORVSC("storvsc", DeviceKind.BLOCK, DeviceMode.SYNTHETIC),
    VIRTIO_NET("virtio-net", DeviceKind.NETWORK, DeviceMode.SYNTHETIC),
    VIRTIO_BLK("virtio-blk", DeviceKind.BLOCK, DeviceMode.SYNTHETIC),
    VIRTIO_SCSI("virtio-scsi", DeviceKind.BLOCK, DeviceMode.SYNTHETIC),
    NETFRONT("netfront", DeviceKind.NETWORK, DeviceMode.SYNTHETIC),
    BLKFRONT("blkfront", DeviceKind.BLOCK, DeviceMode.SYNTHETIC),
    /** The physical NIC itself, driven by the operating system's own driver (bare metal, or assigned). */
    PHYSICAL_NIC("physical-nic", DeviceKind.NETWORK, DeviceMode.PASSTHROUGH),
    /** The physical storage controller itself, driven by the operating system's own driver. */
    PHYSICAL_HBA("physical-hba", DeviceKind.BLOCK, DeviceMode.PASSTHROUGH);

    private final String id;
    private final DeviceKind kind;
    private final DeviceMode mode;

    Device(String id, DeviceKind kind, DeviceMode mode) {
        this.id = id;
        this.kind = kind;
        this.mode = mode;
    }

    public String id() {
        return id;
    }

    public DeviceKind kind() {
        return kind;
    }

    public DeviceMode mode() {
        return mode;
    }
}
