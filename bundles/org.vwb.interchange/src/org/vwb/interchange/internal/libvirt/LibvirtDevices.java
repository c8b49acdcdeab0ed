package org.vwb.interchange.internal.libvirt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vwb.interchange.internal.DeviceModels;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.ImportedDevice;
import org.vwb.interchange.internal.Platform;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.interchange.internal.NicSettings;
import org.vwb.interchange.internal.SourceProperties;
import org.vwb.interchange.internal.Warnings;
import org.vwb.model.DeviceKind;
import org.w3c.dom.Element;

/**
 * Maps the children of {@code <devices>}. A disk takes the model of its bus (for scsi: of its controller), as
 * OVF disks take their controller's; storage controllers no disk uses are kept as CONTROLLER devices. Elements
 * that are plumbing rather than guest devices (emulator, graphics, console, channel, pci/usb/virtio-serial
 * controllers) are not imported; any other element is kept as an unknown device with a warning.
 */
final class LibvirtDevices {

    private static final Set<String> PLUMBING = Set.of("emulator", "graphics", "console", "channel", "audio");
    private static final Set<String> STORAGE_CONTROLLERS = Set.of("scsi", "ide", "sata", "nvme");

    private final Platform platform;
    private final boolean paravirtualXen;
    private final Warnings warnings;
    private final Map<String, String> scsiModels = new HashMap<>();
    private final Set<String> usedBuses = new HashSet<>();
    private final List<ImportedDevice> devices = new ArrayList<>();

    LibvirtDevices(Platform platform, boolean paravirtualXen, Warnings warnings) {
        this.platform = platform;
        this.paravirtualXen = paravirtualXen;
        this.warnings = warnings;
    }

    List<ImportedDevice> read(Element devicesElement) {
        List<Element> children = Dom.children(devicesElement);
        for (Element child : children) {
            if (Dom.name(child).equals("controller") && Dom.attribute(child, "type").equals("scsi")) {
                scsiModels.put(index(child), Dom.attribute(child, "model"));
            } else if (Dom.name(child).equals("disk")) {
                usedBuses.add(bus(child) + "#" + controllerOf(child));
            }
        }
        for (Element child : children) {
            String name = Dom.name(child);
            int line = SafeXml.line(child);
            switch (name) {
                case "disk" -> devices.add(disk(child, line));
                case "interface" -> devices.add(nic(child, line));
                case "controller" -> controller(child, line);
                case "hostdev" -> devices.add(hostdev(child, line));
                default -> {
                    if (!PLUMBING.contains(name)) {
                        devices.add(other(child, name, line));
                    }
                }
            }
        }
        return devices;
    }

    private ImportedDevice disk(Element disk, int line) {
        return mapDisk(disk, line).with(diskProperties(disk));
    }

    private ImportedDevice mapDisk(Element disk, int line) {
        String device = Dom.attribute(disk, "device");
        String bus = bus(disk);
        String source = "disk device=" + (device.isEmpty() ? "disk" : device) + " bus=" + bus;
        if (device.equals("cdrom")) {
            return DeviceModels.device("cdrom", source, line);
        }
        if (device.equals("floppy") || bus.equals("fdc")) {
            return DeviceModels.device("floppy", source, line);
        }
        String model;
        if (bus.equals("scsi")) {
            String scsi = scsiModels.getOrDefault(controllerOf(disk), "");
            source += scsi.isEmpty() ? "" : " controller model=" + scsi;
            // Hyper-V's SCSI controller is the synthetic one: libvirt's hyperv driver names no model for it
            String assumed = platform == Platform.HYPERV ? "storvsc" : "lsilogic";
            model = scsi.isEmpty() ? assumed : LibvirtVocabulary.scsiController(scsi).orElse(null);
            if (scsi.isEmpty() && platform != Platform.HYPERV) {
                warnings.add(line, "disk", "scsi disk without a controller model; assumed lsilogic, QEMU's default");
            }
        } else {
            model = LibvirtVocabulary.bus(bus).orElse(null);
        }
        return model != null ? DeviceModels.device(model, source, line)
                : warnings.unknown(DeviceModels.unknown(DeviceKind.BLOCK, source, line), "disk");
    }

    private ImportedDevice nic(Element nic, int line) {
        String type = Dom.attribute(nic, "type");
        Element source = Dom.child(nic, "source").orElse(null);
        String network = source == null ? "" : Dom.attribute(source, "network") + Dom.attribute(source, "bridge")
                + Dom.attribute(source, "dev");
        return mapNic(nic, type, line).with(SourceProperties.CONNECTION, type)
                .with(SourceProperties.NETWORK, network)
                .with(SourceProperties.MAC, Dom.child(nic, "mac").map(m -> Dom.attribute(m, "address")).orElse(""))
                .with(SourceProperties.MANAGED, Dom.attribute(nic, "managed"))
                .with(NicSettings.QUEUES, nicNumber(nic, line, "driver", "queues", NicSettings.QUEUES,
                        "the device model's default queue pairs are used"))
                .with(NicSettings.MTU, nicNumber(nic, line, "mtu", "size", NicSettings.MTU,
                        "the standard " + NicSettings.STANDARD_MTU + " bytes are used"));
    }

    /**
     * A NIC's {@code <driver queues=>} or {@code <mtu size=>} as written, with a warning when vwb cannot take it: it
     * stays a source property (an export writes it back as it was) and the run uses {@code instead}. libvirt's
     * schema takes queues from 1 (positiveInteger) and an MTU as an unsignedInt; vwb takes the model's ranges
     * ({@link org.vwb.model.validation.ValueRanges}), in which a queue count of 0 means the model's default.
     */
    private String nicNumber(Element nic, int line, String element, String attribute, String key, String instead) {
        String value = Dom.child(nic, element).map(e -> Dom.attribute(e, attribute)).orElse("");
        String where = "interface/" + element + "/@" + attribute;
        NicSettings.refused(key, value).ifPresent(range -> warnings.add(line, where, "'" + value + "' is not one vwb "
                + "takes (" + range + "); " + instead + ", the value is kept for export"));
        if (key.equals(NicSettings.QUEUES) && value.strip().matches("0+")) {
            warnings.add(line, where, "'" + value + "' is not a queue count libvirt takes (1 or more); " + instead);
        }
        return value;
    }

    private ImportedDevice mapNic(Element nic, String type, int line) {
        if (type.equals("hostdev")) {
            return DeviceModels.passthrough(DeviceKind.NETWORK, "interface type=hostdev", pciAddress(nic), line);
        }
        String model = Dom.child(nic, "model").map(m -> Dom.attribute(m, "type")).orElse("");
        if (model.isEmpty()) {
            String assumed = paravirtualXen ? "netfront" : "rtl8139";
            warnings.add(line, "interface", "no <model>; assumed " + assumed
                    + (paravirtualXen ? " (a paravirtual Xen guest)" : " (QEMU's default NIC)"));
            return DeviceModels.device(assumed, "interface type=" + type, line);
        }
        String source = "interface model=" + model;
        return LibvirtVocabulary.nic(model).map(m -> DeviceModels.device(m, source, line))
                .orElseGet(() -> warnings.unknown(DeviceModels.unknown(DeviceKind.NETWORK, source, line),
                        "interface"));
    }

    private void controller(Element controller, int line) {
        String type = Dom.attribute(controller, "type");
        if (!STORAGE_CONTROLLERS.contains(type) || usedBuses.contains(type + "#" + index(controller))) {
            return;
        }
        String model = switch (type) {
            case "scsi" -> LibvirtVocabulary.scsiController(Dom.attribute(controller, "model")).orElse(null);
            case "ide" -> "ide";
            case "sata" -> "ahci";
            case "nvme" -> "nvme";
            default -> null;
        };
        String source = "controller type=" + type + (Dom.attribute(controller, "model").isEmpty() ? ""
                : " model=" + Dom.attribute(controller, "model"));
        devices.add(model != null ? DeviceModels.controller(model, source, line)
                : warnings.unknown(DeviceModels.unknown(DeviceKind.CONTROLLER, source, line), "controller"));
    }

    private ImportedDevice hostdev(Element hostdev, int line) {
        String type = Dom.attribute(hostdev, "type");
        DeviceKind kind = type.equals("usb") ? DeviceKind.USB : type.equals("scsi") ? DeviceKind.BLOCK
                : DeviceKind.OTHER;
        return DeviceModels.passthrough(kind, "hostdev type=" + type, pciAddress(hostdev), line)
                .with(SourceProperties.MANAGED, Dom.attribute(hostdev, "managed"));
    }

    private ImportedDevice other(Element element, String name, int line) {
        DeviceKind kind = switch (name) {
            case "sound" -> DeviceKind.SOUND;
            case "video" -> DeviceKind.DISPLAY;
            case "input" -> DeviceKind.INPUT;
            case "serial", "parallel" -> DeviceKind.SERIAL;
            case "redirdev", "hub" -> DeviceKind.USB;
            default -> DeviceKind.OTHER;
        };
        String model = Dom.attribute(element, "model");
        if (model.isEmpty()) {
            model = Dom.child(element, "model").map(m -> Dom.attribute(m, "type")).orElse(Dom.attribute(element, "type"));
        }
        String source = name + (model.isEmpty() ? "" : " model=" + model);
        return warnings.unknown(DeviceModels.unknown(kind, source, line), name);
    }

    /** Where the disk's data is and how it is attached: what an export must write back. */
    private static Map<String, String> diskProperties(Element disk) {
        Map<String, String> properties = new LinkedHashMap<>();
        Element source = Dom.child(disk, "source").orElse(null);
        if (source != null) {
            String pool = Dom.attribute(source, "pool");
            properties.put(SourceProperties.IMAGE, pool.isEmpty() ? Dom.attribute(source, "file")
                    + Dom.attribute(source, "dev") + Dom.attribute(source, "name")
                    : pool + "/" + Dom.attribute(source, "volume"));
        }
        properties.put(SourceProperties.IMAGE_TYPE, Dom.attribute(disk, "type"));
        Dom.child(disk, "target").ifPresent(target -> {
            properties.put(SourceProperties.TARGET, Dom.attribute(target, "dev"));
            properties.put(SourceProperties.BUS, Dom.attribute(target, "bus"));
        });
        return properties;
    }

    private static String bus(Element disk) {
        Element target = Dom.child(disk, "target").orElse(null);
        String bus = target == null ? "" : Dom.attribute(target, "bus");
        return !bus.isEmpty() ? bus : LibvirtVocabulary.busOfTarget(target == null ? "" : Dom.attribute(target, "dev"));
    }

    /** The index of the controller a disk is on: its drive address names it, 0 by default. */
    private static String controllerOf(Element disk) {
        String controller = Dom.child(disk, "address").map(a -> Dom.attribute(a, "controller")).orElse("");
        return controller.isEmpty() ? "0" : controller;
    }

    private static String index(Element controller) {
        String index = Dom.attribute(controller, "index");
        return index.isEmpty() ? "0" : index;
    }

    /** The host device of a passthrough: its PCI address as domain:bus:slot.function, or its USB ids. */
    private static String pciAddress(Element element) {
        Element source = Dom.child(element, "source").orElse(element);
        return Dom.child(source, "address").map(a -> String.format("%04x:%02x:%02x.%x",
                hex(Dom.attribute(a, "domain")), hex(Dom.attribute(a, "bus")), hex(Dom.attribute(a, "slot")),
                hex(Dom.attribute(a, "function"))))
                .orElseGet(() -> Dom.child(source, "vendor").map(v -> "usb:" + Dom.attribute(v, "id")).orElse("host"));
    }

    private static int hex(String value) {
        try {
            return value.isEmpty() ? 0 : Integer.decode(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
