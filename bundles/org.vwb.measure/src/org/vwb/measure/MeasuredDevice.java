package org.vwb.measure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A device QEMU emulates and vwb models, as the harness attaches it to the guest: its vwb device model id, QEMU's
 * {@code -device} arguments, the PCI slot the guest finds it at, the names of QEMU's memory regions whose accesses
 * are the guest driver's register accesses (what {@code memory_region_ops_read/write} report), and how the
 * guest's {@code /proc/interrupts} names its interrupt. Virtio devices run with {@code ioeventfd=off} so that their
 * notifications reach the trace under TCG as they reach QEMU as exits under KVM.
 */
public enum MeasuredDevice {

    E1000("e1000", true, "03.0", "e1000,netdev=%s,addr=03.0,mac=52:54:00:00:00:03",
            Set.of("e1000-mmio", "e1000-io"), "e1000"),
    RTL8139("rtl8139", true, "05.0", "rtl8139,netdev=%s,addr=05.0,mac=52:54:00:00:00:05", Set.of("rtl8139"),
            "8139cp"),
    VIRTIO_NET("virtio-net", true, "06.0",
            "virtio-net-pci,netdev=%s,addr=06.0,mac=52:54:00:00:00:06,ioeventfd=off",
            Set.of("virtio-pci-common-virtio-net", "virtio-pci-isr-virtio-net", "virtio-pci-device-virtio-net",
                    "virtio-pci-notify-virtio-net"),
            "virtio_net", "virtio_pci"),
    /** The PIIX3 IDE function of the i440FX board (slot 1, function 1): always there, the disk is added to it. */
    IDE("ide", false, "01.1", "ide-hd,drive=%s,bus=ide.0", Set.of("ide", "piix-bmdma", "bmdma"), "ata_piix",
            "sd_mod"),
    AHCI("ahci", false, "07.0", "ahci,id=ahci0,addr=07.0 -device ide-hd,drive=%s,bus=ahci0.0",
            Set.of("ahci", "ahci-idp"), "ahci", "sd_mod"),
    VIRTIO_BLK("virtio-blk", false, "08.0", "virtio-blk-pci,drive=%s,addr=08.0,ioeventfd=off",
            Set.of("virtio-pci-common-virtio-blk", "virtio-pci-isr-virtio-blk", "virtio-pci-device-virtio-blk",
                    "virtio-pci-notify-virtio-blk"),
            "virtio_blk", "virtio_pci"),
    VIRTIO_SCSI("virtio-scsi", false, "09.0",
            "virtio-scsi-pci,id=vscsi0,addr=09.0,ioeventfd=off -device scsi-hd,drive=%s,bus=vscsi0.0",
            Set.of("virtio-pci-common-virtio-scsi", "virtio-pci-isr-virtio-scsi", "virtio-pci-device-virtio-scsi",
                    "virtio-pci-notify-virtio-scsi"),
            "virtio_scsi", "virtio_pci", "sd_mod");

    private final String id;
    private final boolean network;
    private final String slot;
    private final String device;
    private final Set<String> regions;
    private final List<String> modules;

    MeasuredDevice(String id, boolean network, String slot, String device, Set<String> regions, String... modules) {
        this.id = id;
        this.network = network;
        this.slot = slot;
        this.device = device;
        this.regions = regions;
        this.modules = List.of(modules);
    }

    /** The vwb device model id, also the name the harness and the measurements file give the device. */
    public String id() {
        return id;
    }

    public boolean network() {
        return network;
    }

    /** PCI device and function on bus 0, as in {@code 0000:00:SLOT}. */
    public String slot() {
        return slot;
    }

    /** QEMU's {@code -device} value (one or two devices) for a back end (netdev or drive) of the given id. */
    public String qemuDevice(String backend) {
        return String.format(Locale.ROOT, device, backend);
    }

    /** Whether an access to the named QEMU memory region is one of this device's register accesses. */
    public boolean owns(String region) {
        return regions.contains(region);
    }

    /**
     * Whether an access at {@code address} (QEMU's trace gives the absolute address) in {@code region} counts as
     * the guest driver's: one of this device's, and not one of the periodic housekeeping reads that never lie on a
     * request's path. The e1000's statistics registers (0x04000 to 0x040FF of its 128 KiB memory BAR, 8254x
     * Software Developer's Manual table 13-2, read-to-clear counters) are read some 60 at a time by the Linux
     * driver's watchdog every two seconds (e1000_watchdog, e1000_update_stats): a burst that the idle baseline,
     * three seconds long, can only count whole, so subtracting its rate from a long window under load missed by a
     * burst or more (e1000 receive once measured 4.68 accesses a frame against 6 at host load 11 to 17).
     */
    public boolean counts(String region, long address) {
        if (!owns(region)) {
            return false;
        }
        if (this == E1000 && region.equals("e1000-mmio")) {
            // a BAR is aligned to its size, so the low bits of the absolute address are the register's offset
            long offset = address & (E1000_MMIO_BYTES - 1);
            return offset < E1000_STATISTICS || offset >= E1000_STATISTICS_END;
        }
        return true;
    }

    /** The e1000's memory BAR (QEMU hw/net/e1000.c PNPMMIO_SIZE) and its statistics registers (table 13-2). */
    private static final long E1000_MMIO_BYTES = 0x20000, E1000_STATISTICS = 0x04000, E1000_STATISTICS_END = 0x04100;

    /** The guest kernel modules the device needs (their dependencies follow from the modules themselves). */
    public List<String> modules() {
        return modules;
    }

    /** The device of a vwb device model id. */
    public static MeasuredDevice of(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no measured device '" + id + "' (known: "
                        + String.join(",", Arrays.stream(values()).map(MeasuredDevice::id).toList()) + ")"));
    }
}
