package org.vwb.interchange.internal;

import java.util.Map;
import java.util.Optional;

import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * The device-model ids of vwb's core, with the kind and mode each one implies, and those of installed plugins
 * that declared their names ({@link InstalledDevices}). Every reader maps its type strings to one of these ids or
 * to {@link #UNKNOWN}.
 */
public final class DeviceModels {

    /** The id of a device the importer could not map; its original type string stays in {@code sourceType}. */
    public static final String UNKNOWN = "unknown";

    private record Known(DeviceKind kind, DeviceMode mode) {
    }

    private static final Map<String, Known> KNOWN = Map.ofEntries(
            Map.entry("e1000", new Known(DeviceKind.NETWORK, DeviceMode.EMULATED)),
            Map.entry("e1000e", new Known(DeviceKind.NETWORK, DeviceMode.EMULATED)),
            Map.entry("vlance", new Known(DeviceKind.NETWORK, DeviceMode.EMULATED)),
            Map.entry("rtl8139", new Known(DeviceKind.NETWORK, DeviceMode.EMULATED)),
            Map.entry("ne2k_pci", new Known(DeviceKind.NETWORK, DeviceMode.EMULATED)),
            Map.entry("dec21140", new Known(DeviceKind.NETWORK, DeviceMode.EMULATED)),
            Map.entry("ide", new Known(DeviceKind.BLOCK, DeviceMode.EMULATED)),
            Map.entry("ahci", new Known(DeviceKind.BLOCK, DeviceMode.EMULATED)),
            Map.entry("lsilogic", new Known(DeviceKind.BLOCK, DeviceMode.EMULATED)),
            Map.entry("lsisas", new Known(DeviceKind.BLOCK, DeviceMode.EMULATED)),
            Map.entry("buslogic", new Known(DeviceKind.BLOCK, DeviceMode.EMULATED)),
            Map.entry("nvme", new Known(DeviceKind.BLOCK, DeviceMode.EMULATED)),
            Map.entry("floppy", new Known(DeviceKind.FLOPPY, DeviceMode.EMULATED)),
            Map.entry("cdrom", new Known(DeviceKind.OPTICAL, DeviceMode.EMULATED)),
            Map.entry("vmxnet2", new Known(DeviceKind.NETWORK, DeviceMode.SYNTHETIC)),
            Map.entry("vmxnet3", new Known(DeviceKind.NETWORK, DeviceMode.SYNTHETIC)),
            Map.entry("netvsc", new Known(DeviceKind.NETWORK, DeviceMode.SYNTHETIC)),
            Map.entry("virtio-net", new Known(DeviceKind.NETWORK, DeviceMode.SYNTHETIC)),
            Map.entry("netfront", new Known(DeviceKind.NETWORK, DeviceMode.SYNTHETIC)),
            Map.entry("pvscsi", new Known(DeviceKind.BLOCK, DeviceMode.SYNTHETIC)),
            Map.entry("storvsc", new Known(DeviceKind.BLOCK, DeviceMode.SYNTHETIC)),
            Map.entry("virtio-blk", new Known(DeviceKind.BLOCK, DeviceMode.SYNTHETIC)),
            Map.entry("virtio-scsi", new Known(DeviceKind.BLOCK, DeviceMode.SYNTHETIC)),
            Map.entry("blkfront", new Known(DeviceKind.BLOCK, DeviceMode.SYNTHETIC)));

    private DeviceModels() {
    }

    public static boolean isKnown(String model) {
        return known(model).isPresent();
    }

    public static Optional<DeviceKind> kindOf(String model) {
        return known(model).map(Known::kind);
    }

    public static Optional<DeviceMode> modeOf(String model) {
        return known(model).map(Known::mode);
    }

    /** vwb's own model of that id, or an installed plugin's that declared its names ({@link InstalledDevices}). */
    private static Optional<Known> known(String model) {
        return Optional.ofNullable(KNOWN.get(model))
                .or(() -> InstalledDevices.byId(model).map(e -> new Known(e.kind(), e.mode())));
    }

    /** A known device model as a device of its own kind, e.g. a disk on an {@code lsilogic} controller. */
    public static ImportedDevice device(String model, String sourceType, int line) {
        Known known = known(model).orElseThrow(() -> new IllegalArgumentException("not a vwb device model: "
                + model));
        return new ImportedDevice(known.kind(), known.mode(), model, sourceType, null, line);
    }

    /** A known storage-controller model as a controller without disks. */
    public static ImportedDevice controller(String model, String sourceType, int line) {
        Known known = known(model).orElseThrow();
        return new ImportedDevice(DeviceKind.CONTROLLER, known.mode(), model, sourceType, null, line);
    }

    /** A device the reader could not map: kept as unknown (mode and model), with its original type. */
    public static ImportedDevice unknown(DeviceKind kind, String sourceType, int line) {
        return new ImportedDevice(kind, DeviceMode.UNKNOWN, UNKNOWN, sourceType, null, line);
    }

    /** A physical device assigned to the guest; {@code address} is its host PCI address or id. */
    public static ImportedDevice passthrough(DeviceKind kind, String sourceType, String address, int line) {
        return new ImportedDevice(kind, DeviceMode.PASSTHROUGH, "passthrough", sourceType, address, line);
    }
}
