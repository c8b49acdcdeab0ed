package org.vwb.interchange.internal.ovf;

import static org.vwb.interchange.internal.ovf.OvfVocabulary.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.internal.DeviceModels;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.ImportedDevice;
import org.vwb.interchange.internal.Limits;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.interchange.internal.SourceProperties;
import org.vwb.interchange.internal.Warnings;
import org.vwb.model.DeviceKind;
import org.w3c.dom.Element;

/**
 * Maps the items of one VirtualHardwareSection (Item, and OVF 2's EthernetPortItem and StorageItem) to vCPUs,
 * memory and devices. A disk takes the model of the controller it hangs on (its Parent), as the seed does:
 * a disk behind an LSI Logic HBA is an emulated {@code lsilogic} block device; a controller with nothing on it
 * is kept as a CONTROLLER device so export writes it back.
 */
final class OvfHardware {

    /** A storage controller: its vwb model, its type as written, and its name by family and order (ide1). */
    private record Controller(String model, String sourceType, String name) {
    }

    private final Path file;
    private final OvfProducer producer;
    private final OvfDisks disks;
    private final Warnings warnings;
    private final List<ImportedDevice> devices = new ArrayList<>();
    private final Map<String, Controller> controllers = new HashMap<>();
    private final Set<String> usedControllers = new HashSet<>();
    private final Map<String, Integer> families = new HashMap<>();
    private int vcpus = 1;
    private long memoryMiB = 1024;

    OvfHardware(Path file, OvfProducer producer, OvfDisks disks, Warnings warnings) {
        this.file = file;
        this.producer = producer;
        this.disks = disks;
        this.warnings = warnings;
    }

    void read(Element section) throws InterchangeException {
        List<Element> items = Dom.children(section).stream()
                .filter(e -> Dom.name(e).endsWith("Item")).toList();
        for (Element item : items) { // controllers first: a disk may come before its controller
            int type = resourceType(item);
            if (type == IDE_CONTROLLER || type == SCSI_HBA || (type == OTHER_STORAGE && !isOvirtDevice(item))) {
                controllers.put(Dom.text(item, "InstanceID"), controller(item, type));
            }
            if ((type >= FLOPPY && type <= DISK_DRIVE) || type == STORAGE_EXTENT) {
                usedControllers.add(Dom.text(item, "Parent"));
            }
        }
        for (Element item : items) {
            item(item, resourceType(item));
        }
    }

    int vcpus() {
        return vcpus;
    }

    long memoryMiB() {
        return memoryMiB;
    }

    List<ImportedDevice> devices() {
        return devices;
    }

    private void item(Element item, int type) throws InterchangeException {
        int line = SafeXml.line(item);
        String subtype = Dom.text(item, "ResourceSubType");
        switch (type) {
            case PROCESSOR -> vcpus = Limits.vcpus(file, line, element(item) + " VirtualQuantity",
                    Dom.text(item, "VirtualQuantity"));
            case MEMORY -> memoryMiB = Limits.memoryMiB(file, line, element(item) + " VirtualQuantity",
                    Dom.text(item, "VirtualQuantity"), bytesPerUnit(Dom.text(item, "AllocationUnits")));
            case ETHERNET -> devices.add(nic(item, subtype, line).with(SourceProperties.NETWORK,
                    Dom.text(item, "Connection")).with(SourceProperties.MAC, Dom.text(item, "Address")));
            case FLOPPY -> devices.add(DeviceModels.device("floppy", "14", line));
            case CD_DRIVE, DVD_DRIVE -> devices.add(attached(item, DeviceModels.device("cdrom",
                    String.valueOf(type), line)));
            case DISK_DRIVE, STORAGE_EXTENT -> devices.add(attached(item, disk(item, line)));
            case IDE_CONTROLLER, SCSI_HBA, OTHER_STORAGE -> unusedController(item, type, line);
            default -> devices.add(unknown(item, type, subtype, line));
        }
    }

    private ImportedDevice nic(Element item, String subtype, int line) {
        if (subtype.isEmpty()) {
            String model = producer == OvfProducer.XENSERVER ? "netfront" : "e1000";
            warnings.add(line, element(item), "Ethernet adapter without ResourceSubType; assumed " + model
                    + (producer == OvfProducer.XENSERVER ? " (XenServer guests use PV network)" : ""));
            return DeviceModels.device(model, "10", line);
        }
        if (producer == OvfProducer.OVIRT && subtype.equals("6")) {
            return DeviceModels.passthrough(DeviceKind.NETWORK, "10/6 (pci_passthrough)",
                    "vnic:" + Dom.text(item, "Name"), line);
        }
        return OvfVocabulary.nic(subtype).map(model -> DeviceModels.device(model, subtype, line))
                .orElseGet(() -> warnings.unknown(DeviceModels.unknown(DeviceKind.NETWORK, subtype, line),
                        element(item)));
    }

    /** Where a disk or CD-ROM hangs (controller and unit) and, for a disk, its capacity and image. */
    private ImportedDevice attached(Element item, ImportedDevice device) {
        Controller controller = controllers.get(Dom.text(item, "Parent"));
        OvfDisks.Disk disk = disks.diskOf(Dom.text(item, "HostResource"));
        ImportedDevice placed = device.with(SourceProperties.UNIT, Dom.text(item, "AddressOnParent"))
                .with(SourceProperties.CAPACITY_BYTES, disk.capacityBytes()).with(SourceProperties.IMAGE, disk.file());
        return controller == null ? placed : placed.with(SourceProperties.CONTROLLER, controller.name())
                .with(SourceProperties.CONTROLLER_MODEL, device.kind() == DeviceKind.BLOCK ? null : controller.model());
    }

    private ImportedDevice disk(Element item, int line) {
        Controller controller = controllers.get(Dom.text(item, "Parent"));
        if (producer == OvfProducer.XENSERVER && (controller == null || !controller.sourceType().contains("/"))) {
            // XenServer's controllers carry no subtype: its disks are VBDs, served by blkfront in the guest
            return DeviceModels.device("blkfront", resourceTypeText(item) + " (XenServer VBD)", line);
        }
        String bus = disks.diskOf(Dom.text(item, "HostResource")).bus();
        if (producer == OvfProducer.OVIRT && !bus.isEmpty()) {
            String model = switch (bus.toLowerCase(java.util.Locale.ROOT)) {
                case "virtio" -> "virtio-blk";
                case "virtio_scsi" -> "virtio-scsi";
                case "ide" -> "ide";
                case "sata" -> "ahci";
                default -> null;
            };
            return model != null ? DeviceModels.device(model, "disk-interface " + bus, line)
                    : warnings.unknown(DeviceModels.unknown(DeviceKind.BLOCK, "disk-interface " + bus, line),
                            element(item));
        }
        if (controller == null || controller.model() == null) {
            String source = "17 on " + (controller == null ? "no known controller" : controller.sourceType());
            return warnings.unknown(DeviceModels.unknown(DeviceKind.BLOCK, source, line), element(item));
        }
        return DeviceModels.device(controller.model(), "17 on " + controller.sourceType(), line);
    }

    private Controller controller(Element item, int type) {
        String subtype = Dom.text(item, "ResourceSubType");
        String source = type + (subtype.isEmpty() ? "" : "/" + subtype);
        String model = type == IDE_CONTROLLER ? "ide" : OvfVocabulary.controller(subtype)
                .orElse(type == SCSI_HBA && subtype.isEmpty() ? "lsilogic" : null);
        String family = type == IDE_CONTROLLER ? "ide" : type == SCSI_HBA ? "scsi" : "ahci".equals(model) ? "sata"
                : "nvme".equals(model) ? "nvme" : "storage";
        return new Controller(model, source, family + (families.merge(family, 1, Integer::sum) - 1));
    }

    private void unusedController(Element item, int type, int line) {
        String id = Dom.text(item, "InstanceID");
        if (type == OTHER_STORAGE && isOvirtDevice(item)) {
            devices.add(unknown(item, type, Dom.text(item, "Type") + "/" + Dom.text(item, "Device"), line));
            return;
        }
        if (usedControllers.contains(id)) {
            return; // represented by the disks on it
        }
        Controller controller = controllers.get(id);
        devices.add(controller.model() != null ? DeviceModels.controller(controller.model(), controller.sourceType(),
                line) : warnings.unknown(DeviceModels.unknown(DeviceKind.CONTROLLER, controller.sourceType(), line),
                        element(item)));
    }

    private ImportedDevice unknown(Element item, int type, String subtype, int line) {
        DeviceKind kind = switch (type) {
            case SERIAL_PORT -> DeviceKind.SERIAL;
            case USB_CONTROLLER -> DeviceKind.USB;
            case GRAPHICS -> DeviceKind.DISPLAY;
            case SOUND -> DeviceKind.SOUND;
            default -> subtype.contains("soundcard") ? DeviceKind.SOUND
                    : subtype.startsWith("video") ? DeviceKind.DISPLAY : DeviceKind.OTHER;
        };
        String source = type + (subtype.isEmpty() ? "" : "/" + subtype);
        return warnings.unknown(DeviceModels.unknown(kind, source, line), element(item));
    }

    /** oVirt puts video cards and the like in ResourceType 20 items with its own Type/Device children. */
    private boolean isOvirtDevice(Element item) {
        return producer == OvfProducer.OVIRT && Dom.child(item, "Device").isPresent();
    }

    private int resourceType(Element item) throws InterchangeException {
        String type = Dom.text(item, "ResourceType");
        try {
            return Integer.parseInt(type);
        } catch (NumberFormatException e) {
            throw new InterchangeException(file, SafeXml.line(item), element(item) + " has ResourceType '" + type
                    + "', not a number", e);
        }
    }

    private static String resourceTypeText(Element item) {
        return Dom.text(item, "ResourceType");
    }

    private static String element(Element item) {
        String id = Dom.text(item, "InstanceID");
        String caption = Dom.text(item, "ElementName");
        return Dom.name(item) + "[InstanceID=" + id + (caption.isEmpty() ? "" : ", " + caption) + "]";
    }
}
