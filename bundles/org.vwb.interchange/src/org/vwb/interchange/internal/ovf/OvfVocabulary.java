package org.vwb.interchange.internal.ovf;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vwb.interchange.internal.InstalledDevices;
import org.vwb.model.DeviceKind;

/**
 * rasd ResourceType numbers (CIM_ResourceAllocationSettingData) and the ResourceSubType strings real producers
 * write, both ways: reading maps every spelling seen in the wild to a vwb device model; writing uses the one
 * spelling ovftool writes (or, for models VMware does not have, the one other producers use).
 */
final class OvfVocabulary {

    static final int OTHER = 1;
    static final int PROCESSOR = 3;
    static final int MEMORY = 4;
    static final int IDE_CONTROLLER = 5;
    static final int SCSI_HBA = 6;
    static final int ETHERNET = 10;
    static final int FLOPPY = 14;
    static final int CD_DRIVE = 15;
    static final int DVD_DRIVE = 16;
    static final int DISK_DRIVE = 17;
    static final int STORAGE_EXTENT = 19;
    static final int OTHER_STORAGE = 20;
    static final int SERIAL_PORT = 21;
    static final int PARALLEL_PORT = 22;
    static final int USB_CONTROLLER = 23;
    static final int GRAPHICS = 24;
    static final int SOUND = 35;

    /** NIC subtypes, lower case, as VMware, VirtualBox, oVirt and others write them. */
    private static final Map<String, String> NICS = Map.ofEntries(
            Map.entry("e1000", "e1000"), Map.entry("e1000e", "e1000e"),
            Map.entry("pcnet32", "vlance"), Map.entry("pcnet", "vlance"), Map.entry("vlance", "vlance"),
            Map.entry("am79c970a", "vlance"), Map.entry("am79c973", "vlance"), Map.entry("pcnetfast", "vlance"),
            Map.entry("vmxnet", "vmxnet2"), Map.entry("vmxnet2", "vmxnet2"), Map.entry("vmxnet3", "vmxnet3"),
            Map.entry("rtl8139", "rtl8139"), Map.entry("ne2k_pci", "ne2k_pci"), Map.entry("dec21140", "dec21140"),
            Map.entry("virtio", "virtio-net"), Map.entry("virtio-net", "virtio-net"),
            Map.entry("virtionet", "virtio-net"), Map.entry("netvsc", "netvsc"), Map.entry("netfront", "netfront"),
            // oVirt writes its VmInterfaceType ordinal: 0 rtl8139_pv, 1 rtl8139, 2 e1000, 3 pv (virtio)
            Map.entry("0", "rtl8139"), Map.entry("1", "rtl8139"), Map.entry("2", "e1000"), Map.entry("3", "virtio-net"));

    /** SCSI (6) and other-storage (20) controller subtypes. */
    private static final Map<String, String> CONTROLLERS = Map.ofEntries(
            Map.entry("lsilogic", "lsilogic"), Map.entry("lsilogicsas", "lsisas"), Map.entry("lsisas1068", "lsisas"),
            Map.entry("buslogic", "buslogic"), Map.entry("virtualscsi", "pvscsi"), Map.entry("pvscsi", "pvscsi"),
            Map.entry("virtio-scsi", "virtio-scsi"), Map.entry("storvsc", "storvsc"),
            Map.entry("ahci", "ahci"), Map.entry("vmware.sata.ahci", "ahci"), Map.entry("sata", "ahci"),
            Map.entry("vmware.nvme.controller", "nvme"), Map.entry("nvme", "nvme"),
            Map.entry("virtio-blk", "virtio-blk"), Map.entry("blkfront", "blkfront"),
            Map.entry("piix3", "ide"), Map.entry("piix4", "ide"), Map.entry("ich6", "ide"));

    /** What ovftool writes, for export; models VMware lacks use the KVM/Xen spelling. */
    private static final Map<String, String> NIC_SUBTYPES = Map.ofEntries(
            Map.entry("e1000", "E1000"), Map.entry("e1000e", "E1000e"), Map.entry("vlance", "PCNet32"),
            Map.entry("vmxnet2", "VmxNet2"), Map.entry("vmxnet3", "VmxNet3"), Map.entry("rtl8139", "rtl8139"),
            Map.entry("ne2k_pci", "ne2k_pci"), Map.entry("dec21140", "dec21140"), Map.entry("virtio-net", "virtio"),
            Map.entry("netvsc", "netvsc"), Map.entry("netfront", "netfront"));

    private static final Map<String, String> CONTROLLER_SUBTYPES = Map.ofEntries(
            Map.entry("ide", "PIIX4"), Map.entry("lsilogic", "lsilogic"), Map.entry("lsisas", "lsilogicsas"),
            Map.entry("buslogic", "buslogic"), Map.entry("pvscsi", "VirtualSCSI"),
            Map.entry("virtio-scsi", "virtio-scsi"), Map.entry("storvsc", "storvsc"),
            Map.entry("ahci", "vmware.sata.ahci"), Map.entry("nvme", "vmware.nvme.controller"),
            Map.entry("virtio-blk", "virtio-blk"), Map.entry("blkfront", "blkfront"));

    private OvfVocabulary() {
    }

    static Optional<String> nic(String subtype) {
        return Optional.ofNullable(NICS.get(subtype.toLowerCase(Locale.ROOT))).or(() -> InstalledDevices
                .byName(InstalledDevices.Entry::ovf, subtype, DeviceKind.NETWORK).map(InstalledDevices.Entry::id));
    }

    static Optional<String> controller(String subtype) {
        return Optional.ofNullable(CONTROLLERS.get(subtype.toLowerCase(Locale.ROOT)))
                .or(() -> InstalledDevices.controllerNamed(InstalledDevices.Entry::ovf, subtype));
    }

    static Optional<String> nicSubtype(String model) {
        return Optional.ofNullable(NIC_SUBTYPES.get(model))
                .or(() -> InstalledDevices.nameOf(InstalledDevices.Entry::ovf, model));
    }

    static Optional<String> controllerSubtype(String model) {
        return Optional.ofNullable(CONTROLLER_SUBTYPES.get(model))
                .or(() -> InstalledDevices.controllerNameOf(InstalledDevices.Entry::ovf, model));
    }

    /** The ResourceType a storage controller of a model is written as; a plugin's as it declares, else SCSI. */
    static int controllerType(String model) {
        return switch (model) {
            case "ide" -> IDE_CONTROLLER;
            case "ahci", "nvme", "virtio-blk", "blkfront" -> OTHER_STORAGE;
            default -> InstalledDevices.byId(model).map(InstalledDevices.Entry::ovfResourceType)
                    .filter(type -> type == IDE_CONTROLLER || type == OTHER_STORAGE).orElse(SCSI_HBA);
        };
    }

    /**
     * Bytes per unit of a DSP0004 programmatic unit ("byte * 2^20", "byte * 10^9") or the words producers write
     * instead ("MegaBytes", "GB", "KiloBytes"), which in OVF practice are powers of 1024. A bare number of
     * memory without units is MiB, as ovftool writes it.
     */
    static BigInteger bytesPerUnit(String allocationUnits) {
        String units = allocationUnits.replace(" ", "").toLowerCase(Locale.ROOT);
        java.util.regex.Matcher power = java.util.regex.Pattern.compile("byte\\*(2|10)\\^(\\d{1,2})").matcher(units);
        if (power.find()) {
            return new BigInteger(power.group(1)).pow(Integer.parseInt(power.group(2)));
        }
        int exponent = units.startsWith("g") ? 30 : units.startsWith("k") ? 10 : units.startsWith("t") ? 40
                : units.equals("byte") || units.equals("bytes") ? 0 : 20;
        return BigInteger.ONE.shiftLeft(exponent);
    }
}
