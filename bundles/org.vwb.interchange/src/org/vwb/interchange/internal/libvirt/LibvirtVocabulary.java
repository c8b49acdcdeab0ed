package org.vwb.interchange.internal.libvirt;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vwb.interchange.internal.InstalledDevices;
import org.vwb.interchange.internal.Platform;
import org.vwb.model.DeviceKind;

/** libvirt's spellings of device models and buses, both ways. */
final class LibvirtVocabulary {

    /** Namespace of the element vwb writes into {@code <metadata>} to keep the guest OS across a round trip. */
    static final String VWB_NAMESPACE = "http://www.vwb.org/interchange/1.0";

    private static final Map<String, String> NIC_MODELS = Map.ofEntries(
            Map.entry("virtio", "virtio-net"), Map.entry("virtio-net", "virtio-net"),
            Map.entry("virtio-transitional", "virtio-net"), Map.entry("virtio-non-transitional", "virtio-net"),
            Map.entry("e1000", "e1000"), Map.entry("e1000-82545em", "e1000"), Map.entry("e1000e", "e1000e"),
            Map.entry("rtl8139", "rtl8139"), Map.entry("ne2k_pci", "ne2k_pci"), Map.entry("pcnet", "vlance"),
            Map.entry("vmxnet3", "vmxnet3"), Map.entry("vmxnet2", "vmxnet2"), Map.entry("netfront", "netfront"),
            Map.entry("tulip", "dec21140"), Map.entry("dec21140", "dec21140"), Map.entry("netvsc", "netvsc"));

    private static final Map<String, String> SCSI_MODELS = Map.ofEntries(
            Map.entry("virtio-scsi", "virtio-scsi"), Map.entry("virtio-transitional", "virtio-scsi"),
            Map.entry("virtio-non-transitional", "virtio-scsi"), Map.entry("lsilogic", "lsilogic"),
            Map.entry("lsisas1068", "lsisas"), Map.entry("lsisas1078", "lsisas"), Map.entry("buslogic", "buslogic"),
            Map.entry("vmpvscsi", "pvscsi"), Map.entry("hv-scsi", "storvsc"));

    private static final Map<String, String> BUSES = Map.of("virtio", "virtio-blk", "ide", "ide", "sata", "ahci",
            "xen", "blkfront", "nvme", "nvme");

    private LibvirtVocabulary() {
    }

    static Optional<String> nic(String model) {
        return Optional.ofNullable(NIC_MODELS.get(model.toLowerCase(Locale.ROOT))).or(() -> InstalledDevices
                .byName(InstalledDevices.Entry::libvirt, model, DeviceKind.NETWORK).map(InstalledDevices.Entry::id));
    }

    static Optional<String> scsiController(String model) {
        return Optional.ofNullable(SCSI_MODELS.get(model.toLowerCase(Locale.ROOT)))
                .or(() -> InstalledDevices.controllerNamed(InstalledDevices.Entry::libvirt, model));
    }

    /** The disk model of a bus other than scsi (whose model is its controller's). */
    static Optional<String> bus(String bus) {
        return Optional.ofNullable(BUSES.get(bus.toLowerCase(Locale.ROOT)));
    }

    /** The bus a target device name implies when the file gives none: vda, hda, sda, xvda, fda. */
    static String busOfTarget(String dev) {
        return dev.startsWith("vd") ? "virtio" : dev.startsWith("hd") ? "ide" : dev.startsWith("xvd") ? "xen"
                : dev.startsWith("fd") ? "fdc" : dev.startsWith("nvme") ? "nvme" : "scsi";
    }

    static String nicModel(String model) {
        return switch (model) {
            case "virtio-net" -> "virtio";
            case "vlance" -> "pcnet";
            case "dec21140" -> "tulip";
            default -> InstalledDevices.nameOf(InstalledDevices.Entry::libvirt, model).orElse(model);
        };
    }

    /** libvirt's name of a scsi controller model, or empty if the model is not a SCSI HBA. */
    static Optional<String> scsiModel(String model) {
        return Optional.ofNullable(switch (model) {
            case "virtio-scsi" -> "virtio-scsi";
            case "lsilogic" -> "lsilogic";
            case "lsisas" -> "lsisas1068";
            case "buslogic" -> "buslogic";
            case "pvscsi" -> "vmpvscsi";
            default -> InstalledDevices.controllerNameOf(InstalledDevices.Entry::libvirt, model).orElse(null);
        });
    }

    static Platform platform(String domainType) {
        return switch (domainType.toLowerCase(Locale.ROOT)) {
            case "xen" -> Platform.XEN;
            case "vmware" -> Platform.VMWARE;
            case "vbox" -> Platform.VIRTUALBOX;
            case "hyperv" -> Platform.HYPERV;
            default -> Platform.KVM;
        };
    }

    static String domainType(Platform platform) {
        return switch (platform) {
            case XEN -> "xen";
            case VMWARE -> "vmware";
            case VIRTUALBOX -> "vbox";
            case HYPERV -> "hyperv";
            default -> "kvm";
        };
    }

    /**
     * Bytes per unit of libvirt's {@code unit} attribute, by libvirt's own rule (virScaleInteger, and
     * formatdomain.html "Memory Allocation"): {@code b}/{@code bytes} are bytes; otherwise the first letter
     * (k, m, g, t, p, e, case-insensitive) names the power, alone or followed by {@code iB} it is of 1024, followed
     * by {@code B} of 1000. No unit means KiB. Empty for anything else: a unit libvirt would refuse is refused.
     */
    static Optional<BigInteger> bytesPerUnit(String unit) {
        String u = unit.strip();
        if (u.isEmpty()) {
            return Optional.of(BigInteger.valueOf(1024));
        }
        if (u.equalsIgnoreCase("b") || u.equalsIgnoreCase("byte") || u.equalsIgnoreCase("bytes")) {
            return Optional.of(BigInteger.ONE);
        }
        int power = "kmgtpe".indexOf(Character.toLowerCase(u.charAt(0))) + 1;
        String suffix = u.substring(1);
        if (power == 0 || !(suffix.isEmpty() || suffix.equalsIgnoreCase("ib") || suffix.equalsIgnoreCase("b"))) {
            return Optional.empty();
        }
        int base = suffix.equalsIgnoreCase("b") ? 1000 : 1024;
        return Optional.of(BigInteger.valueOf(base).pow(power));
    }
}
